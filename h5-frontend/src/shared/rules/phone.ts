import type { Ref } from 'vue'

/** A mainland mobile number as the server accepts it (11 digits, 13–19). */
export const MOBILE = /^1[3-9]\d{9}$/

/** Counts {@code seconds} down in {@code left}, once a second; returns a function that stops it. */
export function startCountdown(seconds: number, left: Ref<number>): () => void {
  left.value = seconds
  const timer = setInterval(() => {
    left.value -= 1
    if (left.value <= 0) clearInterval(timer)
  }, 1000)
  return () => clearInterval(timer)
}
