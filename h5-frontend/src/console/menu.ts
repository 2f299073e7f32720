// The console's menu per role; routes use the same role lists to refuse direct navigation.
import type { Role } from '@/shared/api/types'

export interface MenuItem {
  path: string
  title: string
  test: string
}

const ROSTER: MenuItem = { path: '/roster', title: '工勤人员名册', test: 'menu-roster' }
const PENDING: MenuItem = { path: '/reviews', title: '待审核', test: 'menu-pending' }
const DECLARE: MenuItem = { path: '/declarations', title: '技术等级申报', test: 'menu-declarations' }
const QUERY: MenuItem = { path: '/declarations', title: '申报查询', test: 'menu-declarations' }
const NOTIFICATIONS: MenuItem = { path: '/notifications', title: '消息发送记录', test: 'menu-notifications' }
const ACCOUNTS: MenuItem = { path: '/accounts', title: '账号管理', test: 'menu-accounts' }
const ORGANISATIONS: MenuItem = { path: '/organisations', title: '组织机构管理', test: 'menu-organisations' }
const CATALOG: MenuItem = { path: '/catalog', title: '工种目录', test: 'menu-catalog' }
const ROSTER_IMPORT: MenuItem = { path: '/roster-import', title: '导入新增人员', test: 'menu-roster-import' }
const IMPORT_REVIEWS: MenuItem = { path: '/roster-import-reviews', title: '导入审核', test: 'menu-import-reviews' }
const TRANSFERS: MenuItem = { path: '/transfers', title: '人员调动', test: 'menu-transfers' }
// issue 15 item 6: key-info changes
const KEY_CHANGES: MenuItem = { path: '/key-changes', title: '关键信息修改', test: 'menu-key-changes' }
const KEY_CHANGE_REVIEWS: MenuItem = { path: '/key-change-reviews', title: '关键信息修改审核', test: 'menu-key-change-reviews' }
const MATERIAL_SLOTS: MenuItem = { path: '/material-slots', title: '材料栏目设置', test: 'menu-material-slots' }

// Issue 16: 工作台 (deadlines and 待办 counts), the exam office's 考评计划管理 and 承诺书 editor.
const WORKBENCH: MenuItem = { path: '/workbench', title: '工作台', test: 'menu-workbench' }
const PLANS: MenuItem = { path: '/plans', title: '考评计划管理', test: 'menu-plans' }
const COMMITMENT: MenuItem = { path: '/commitment-letter', title: '承诺书设置', test: 'menu-commitment' }
// Issue 16: the exam office's 诚信记录 and 省综合评审未通过 (no 高级技师 quota place)
const INTEGRITY: MenuItem = { path: '/integrity-records', title: '诚信记录', test: 'menu-integrity' }
const REVIEW_FAILURES: MenuItem = { path: '/review-failures', title: '省综合评审未通过', test: 'menu-review-failures' }

export const MENUS: Record<Role, MenuItem[]> = {
  UNIT_OPERATOR: [ROSTER, DECLARE, ROSTER_IMPORT, TRANSFERS, KEY_CHANGES, WORKBENCH],
  SUPERVISOR: [PENDING, QUERY, ROSTER, WORKBENCH],
  EXAM_OFFICE: [PENDING, QUERY, ROSTER, ORGANISATIONS, ACCOUNTS, CATALOG, IMPORT_REVIEWS, TRANSFERS, KEY_CHANGE_REVIEWS, MATERIAL_SLOTS, PLANS, WORKBENCH, COMMITMENT, INTEGRITY, REVIEW_FAILURES],
  ADMIN: [QUERY, ROSTER, ORGANISATIONS, ACCOUNTS, NOTIFICATIONS, CATALOG, MATERIAL_SLOTS, PLANS],
  APPLICANT: [],
}

export const CONSOLE_ROLES: Role[] = ['UNIT_OPERATOR', 'SUPERVISOR', 'EXAM_OFFICE', 'ADMIN']
export const REVIEWER_ROLES: Role[] = ['SUPERVISOR', 'EXAM_OFFICE']
export const ACCOUNT_MANAGER_ROLES: Role[] = ['EXAM_OFFICE', 'ADMIN']
export const ORGANISATION_ROLES: Role[] = ['EXAM_OFFICE', 'ADMIN']
export const CATALOG_ROLES: Role[] = ['EXAM_OFFICE', 'ADMIN']
export const WORKBENCH_ROLES: Role[] = ['UNIT_OPERATOR', 'SUPERVISOR', 'EXAM_OFFICE']

export function homePath(role: Role | undefined): string {
  return (role && MENUS[role][0]?.path) || '/login'
}
