// Shapes of the gateway's HTTP API (docs/api.md). Dates are ISO strings as sent by the server.

export type Role = 'APPLICANT' | 'UNIT_OPERATOR' | 'SUPERVISOR' | 'EXAM_OFFICE' | 'ADMIN'

export interface User {
  username: string
  displayName: string
  role: Role
  roleName: string
  organisationId: number | string | null
  organisationName: string | null
  /** Set after a reset or for the first administrator: only changing the password is allowed. */
  mustChangePassword?: boolean
}

export interface LoginResult {
  token: string
  expiresAt: string
  user: User
}

/** The answer to a right password of a role that signs in with two factors. */
export interface SecondFactorStep {
  secondFactorRequired: true
  challenge: string
  phoneMasked: string
  message: string
  resendAfterSeconds: number
}

export interface GovLoginResult extends LoginResult {
  /** Where to send the browser to end the provider's session too (null: the provider has none). */
  providerLogoutUrl: string | null
}

export interface FieldError {
  field: string
  message: string
}

/** The one error shape every failed call is turned into (see request.ts). */
export interface ApiErrorBody {
  code: string
  message: string
  fieldErrors: FieldError[]
}

export interface Page<T> {
  content: T[]
  page: number
  size: number
  totalElements: number
  totalPages: number
}

export type LevelCode =
  | 'NONE'
  | 'JUNIOR'
  | 'INTERMEDIATE'
  | 'SENIOR'
  | 'TECHNICIAN'
  | 'SENIOR_TECHNICIAN'

export interface Level {
  code: LevelCode
  name: string
}

export interface WorkType {
  code: string
  name: string
  category: string
  initials: string
}

export interface PlanWindow {
  levelGroup: string
  levelGroupName: string
  opensOn: string
  closesOn: string
  open: boolean
}

export interface Plan {
  year: number
  /** e.g. 2026年度江苏省机关事业单位工勤技能岗位技术等级考评 */
  name: string
  regionCode: string
  windows: PlanWindow[]
}

export type Establishment = 'IN_ESTABLISHMENT' | 'OUT_OF_ESTABLISHMENT'

export interface Worker {
  id: number
  unitId: number
  unitName: string
  name: string
  idNumber: string
  sex: string
  /** Always present; the full birth date only for the operator of the worker's own unit. */
  birthYear: number
  birthDate: string | null
  phone: string
  establishment: Establishment
  establishmentName: string
  workStartDate: string
  /** 参加工作时间 as known: yyyy-MM when only the month is (workStartDate is then the month's first day). */
  workStart?: string
  workTypeCode: string
  workTypeName: string
  level: LevelCode
  levelName: string
  levelYear: number | null
  status?: WorkerStatus
  statusName?: string
  /** Whether the caller (the operator of the worker's unit) may change non-key fields. */
  editable?: boolean
}

export type WorkerStatus = 'ACTIVE' | 'TRANSFERRED_OUT' | 'RETIRED' | 'LEFT'

export interface NewWorker {
  name: string
  idNumber: string
  phone: string
  establishment: Establishment
  workStartDate: string
  workTypeCode: string
  level: LevelCode
  levelYear: number | null
}

export type DeclarationStatus = 'DRAFT' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED' | 'RETURNED' | 'WITHDRAWN'
export type DeclarationMode = 'NORMAL' | 'EXCEPTIONAL' | 'POST_CHANGE' | 'RECHECK' | 'VETERAN'
export type Decision = 'APPROVE' | 'REJECT' | 'RETURN'

export interface Step {
  /** 1 for the first submission; a resubmission after 退回补充 starts round 2 */
  round?: number
  stepNo: number
  name: string
  organisationName: string
  status: 'PENDING' | 'WAITING' | 'DONE' | 'CLOSED'
  /** 待审核 / 待流转 / 已审核 / 已终止, as the server names it */
  statusName: string
  decision: Decision | null
  decisionName: string | null
  reason: string | null
  reviewerName: string | null
  decidedAt: string | null
}

export interface Declaration {
  id: number
  year: number
  workerId: number
  workerName: string
  workerIdNumber: string
  unitName: string
  targetLevel: LevelCode
  targetLevelName: string
  workTypeCode: string
  workTypeName: string
  mode: string
  modeName: string
  status: DeclarationStatus
  statusName: string
  currentStepName: string | null
  submittedAt: string
  steps?: Step[]
  unitId?: number
  modeReason?: string | null
  formerPost?: string | null
  earlierResult?: string | null
  authorKind?: 'UNIT' | 'APPLICANT'
  round?: number
  editable?: boolean
  withdrawable?: boolean
  contactName?: string | null
  contactPhone?: string | null
  commitmentAcceptedAt?: string | null
  qualificationConfirmedAt?: string | null
  createdAt?: string | null
}

export interface DraftEntry {
  workerId: number
  targetLevel: LevelCode
  workTypeCode: string
  mode: DeclarationMode
  reason?: string
  formerPost?: string
  earlierResult?: string
}

export interface DeclarationPage {
  items: Declaration[]
  total: number
  page: number
  size: number
}

export interface DeclarationSearch {
  name?: string
  idNumber?: string
  unitId?: number
  workTypeCode?: string
  level?: LevelCode | ''
  year?: number
  status?: DeclarationStatus | ''
  pendingOnly?: boolean
  page?: number
  size?: number
}

export interface RuleResult {
  rule: string
  name: string
  passed: boolean
  message: string
}

export interface DeclarationDetail {
  declaration: Declaration
  currentLevel: LevelCode | null
  currentLevelName: string | null
  currentLevelYear: number | null
  workStartDate: string | null
  workYears: number | null
  currentWorkTypeName: string | null
  rules: RuleResult[]
  timeline: { at: string; action: string; actionName: string; actor: string; detail: string | null }[]
  /** 合格库 warnings (seed 004's texts) and when the author confirmed them (确认报考). */
  qualificationWarnings: string[]
  qualificationConfirmedAt: string | null
}

export interface BatchOutcome {
  declarationId: number
  decided: boolean
  code: string | null
  message: string | null
}

export interface NewDeclaration {
  workerId: number
  targetLevel: LevelCode
  workTypeCode: string
  mode: 'NORMAL'
  contactName: string
  contactPhone: string
  commitmentAccepted: boolean
}
