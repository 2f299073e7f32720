-- When the holder proved their phone themselves (个人设置, SMS code to it); null while the phone, if any, came from
-- the government-service login or an administrator. A proven phone is never replaced by the provider's.
ALTER TABLE account ADD COLUMN phone_proven_at DATETIME(6);
