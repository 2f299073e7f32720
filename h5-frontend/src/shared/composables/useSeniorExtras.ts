// 高级技师申报信息 of one declaration, for the console panel and the H5 section alike: loads it, keeps an editable
// copy, saves it and puts the server's field errors by field name. The markup stays per platform.
import { reactive, ref } from 'vue'
import { fieldErrorMap } from '@/shared/api/request'
import { getSeniorExtras, saveSeniorExtras, toInput, type SeniorExtras, type SeniorExtrasInput } from '@/shared/api/seniorExtras'

export type SeniorTextField = 'resume' | 'rewardsPenalties' | 'achievements'

/** The long text fields, in the order they are shown. */
export const SENIOR_TEXT_FIELDS: { name: SeniorTextField; label: string; placeholder: string }[] = [
  { name: 'resume', label: '学习工作简历', placeholder: '按时间顺序填写学习、工作经历' },
  { name: 'rewardsPenalties', label: '奖惩情况', placeholder: '没有请填“无”' },
  { name: 'achievements', label: '主要技术业务工作业绩', placeholder: '填写主要技术业务工作业绩' },
]

/** {@code showError} tells the user about a failed load or save (a toast, a message box). */
export function useSeniorExtras(declarationId: () => number, showError: (e: unknown) => void) {
  const data = ref<SeniorExtras>()
  const form = reactive<SeniorExtrasInput>(toInput(undefined))
  const errors = ref<Record<string, string>>({})
  const saving = ref(false)

  async function load() {
    try {
      data.value = await getSeniorExtras(declarationId())
      Object.assign(form, toInput(data.value))
    } catch (e) {
      showError(e)
    }
  }

  /** Saves the form; the saved extras, or undefined (with the field errors set) when the server refused it. */
  async function save(): Promise<SeniorExtras | undefined> {
    saving.value = true
    errors.value = {}
    try {
      data.value = await saveSeniorExtras(declarationId(), { ...form })
      Object.assign(form, toInput(data.value))
      return data.value
    } catch (e) {
      errors.value = fieldErrorMap(e)
      showError(e)
      return undefined
    } finally {
      saving.value = false
    }
  }

  return { data, form, errors, saving, load, save }
}
