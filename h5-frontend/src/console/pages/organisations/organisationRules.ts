// Client-side checks of the organisation form; the server checks again (check character, scope, tree rules).
import type { FormRules } from 'element-plus'
import type { OrganisationForm } from '@/shared/api/organisations'

const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** GB 32100: 18 characters of the 31-character alphabet, the last a check character. */
export function validCreditCode(raw: string): boolean {
  const code = raw.trim().toUpperCase()
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(code[i]) * CREDIT_CODE_WEIGHTS[i]
  return code[17] === CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]
}

const PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' '),
)

export function organisationRules(form: OrganisationForm): FormRules {
  return {
    kind: [{ required: true, message: '请选择机构类型', trigger: 'change' }],
    name: [
      { required: true, message: '请输入机构名称', trigger: 'blur' },
      { max: 100, message: '机构名称不能超过100个字', trigger: 'blur' },
    ],
    creditCode: [
      {
        trigger: 'blur',
        validator: (_rule, value: string, callback) => {
          if (!value) callback(form.kind === 'UNIT' ? new Error('请输入统一社会信用代码') : undefined)
          else if (!validCreditCode(value)) callback(new Error('统一社会信用代码应为18位，且校验位正确'))
          else callback()
        },
      },
    ],
    category: [
      {
        trigger: 'change',
        validator: (_rule, value, callback) => callback(form.kind === 'UNIT' && !value ? new Error('请选择单位类别') : undefined),
      },
    ],
    jurisdictionLevel: [{ required: true, message: '请选择层级', trigger: 'change' }],
    regionCode: [
      { required: true, message: '请输入行政区划代码', trigger: 'blur' },
      {
        trigger: 'blur',
        validator: (_rule, value: string, callback) => {
          if (value && !/^\d{6}$/.test(value)) callback(new Error('行政区划代码应为6位数字，如 321012'))
          else if (value && !PROVINCES.has(value.slice(0, 2))) callback(new Error('行政区划代码前两位不是有效的省级代码'))
          else callback()
        },
      },
    ],
    supervisorId: [
      {
        trigger: 'change',
        validator: (_rule, value, callback) => callback(form.kind === 'UNIT' && !value ? new Error('请选择主管部门') : undefined),
      },
    ],
  }
}

/** The kinds an organisation of each kind may sit under (the tree rules the server checks again). */
export const PARENT_KINDS: Record<OrganisationForm['kind'], string[]> = {
  EXAM_OFFICE: ['EXAM_OFFICE'],
  DEPARTMENT: ['EXAM_OFFICE', 'DEPARTMENT'],
  UNIT: ['DEPARTMENT', 'UNIT'],
}
