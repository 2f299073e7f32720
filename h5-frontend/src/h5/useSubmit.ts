// Submitting a form of the H5 sign-in and account pages (登录, 修改密码, 更换手机号): the button shows it is busy,
// and a refusal shows its reason in a toast that wraps long Chinese messages.
import { ref } from 'vue'
import { showToast } from 'vant'

/** Shows an error's message in a toast that wraps long text. */
export function showErrorToast(e: unknown) {
  showToast({ message: (e as Error).message, wordBreak: 'break-word' })
}

export function useSubmit() {
  const busy = ref(false)

  async function run(action: () => Promise<unknown>) {
    busy.value = true
    try {
      await action()
    } catch (e) {
      showErrorToast(e)
    } finally {
      busy.value = false
    }
  }

  return { busy, run }
}
