// Client-side checks of the add-worker form; the server checks again (ID check digit, duplicates).
import type { FormRules } from 'element-plus'
import type { NewWorker } from '@/shared/api/types'

const required = (message: string, trigger: 'blur' | 'change' = 'blur') => ({ required: true, message, trigger })

export function workerRules(form: NewWorker): FormRules {
  return {
    name: [required('请输入姓名')],
    idNumber: [
      required('请输入身份证号码'),
      { pattern: /^\d{17}[\dXx]$/, message: '身份证号码应为 18 位', trigger: 'blur' },
    ],
    phone: [required('请输入手机号码'), { pattern: /^1\d{10}$/, message: '手机号码应为 11 位数字', trigger: 'blur' }],
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
