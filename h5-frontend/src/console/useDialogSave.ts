// Saving the form of a console dialog (a new worker, an organisation, its move, a declaration's revision):
// validate, run the call, say so, tell the page and close; a refusal puts its field errors by field and says why.
import { ref, type Ref } from 'vue'
import { ElMessage, type FormInstance } from 'element-plus'
import { showError } from './notify'
import { fieldErrorMap } from '@/shared/api/request'

/**
 * {@code done} runs after a successful save (emit 'saved', close the dialog). Without a {@code formRef} nothing
 * is validated before the call. An action that answers {@code false} stopped on its own: no message, not done.
 */
export function useDialogSave(done: () => void, formRef?: Ref<FormInstance | undefined>) {
  const serverErrors = ref<Record<string, string>>({})
  const saving = ref(false)

  async function save(action: () => Promise<unknown>, message: string) {
    serverErrors.value = {}
    if (formRef && !(await formRef.value?.validate().catch(() => false))) return
    saving.value = true
    try {
      if ((await action()) === false) return
      ElMessage.success(message)
      done()
    } catch (e) {
      serverErrors.value = fieldErrorMap(e)
      showError(e)
    } finally {
      saving.value = false
    }
  }

  /** Clears the server's field errors and the form's own validation messages. */
  function clearErrors() {
    serverErrors.value = {}
    formRef?.value?.clearValidate()
  }

  return { serverErrors, saving, save, clearErrors }
}
