package cn.gkgateway.connectors.govlogin;

/** Faults a test can switch on in the stand-in. */
class StandInSwitches {

    volatile boolean unavailable;
}
