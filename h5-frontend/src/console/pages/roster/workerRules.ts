// Client-side checks of the add-worker form: only what is missing. ID numbers and phones go to the
// server as typed (full-width digits, blanks, +86, a 15-digit ID), which normalises and checks them
// and answers field errors with codes.
import type { FormRules } from 'element-plus'
import type { NewWorker } from '@/shared/api/types'

const required = (message: string, trigger: 'blur' | 'change' = 'blur') => ({ required: true, message, trigger })

export function workerRules(form: NewWorker): FormRules {
  return {
    name: [required('请输入姓名')],
    idNumber: [required('请输入身份证号码')],
    phone: [required('请输入手机号码')],
    establishment: [required('请选择在编或编外', 'change')],
    workStartDate: [required('请选择参加工作时间', 'change')],
    workTypeCode: [required('请选择现岗位工种', 'change')],
    level: [required('请选择现岗位等级', 'change')],
    levelYear: [
      {
        trigger: 'change',
        validator: (_rule, value, callback) => {
          if (form.level !== 'NONE' && !value) callback(new Error('请输入现等级取得年份'))
          else callback()
        },
      },
    ],
  }
}
