import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { ensureSignedIn, hasRole, session } from '@/shared/stores/session'
import type { Role } from '@/shared/api/types'
import { ACCOUNT_MANAGER_ROLES, CATALOG_ROLES, CONSOLE_ROLES, ORGANISATION_ROLES, REVIEWER_ROLES, WORKBENCH_ROLES, homePath } from './menu'
import ConsoleLayout from './layout/ConsoleLayout.vue'
import LoginPage from './pages/login/index.vue'

const routes: RouteRecordRaw[] = [
  { path: '/login', component: LoginPage, meta: { public: true } },
  {
    path: '/',
    component: ConsoleLayout,
    children: [
      { path: '', redirect: () => homePath(session.user?.role) },
      { path: 'roster', component: () => import('./pages/roster/index.vue'), meta: { roles: CONSOLE_ROLES } },
      { path: 'catalog', component: () => import('./pages/catalog/index.vue'), meta: { roles: CATALOG_ROLES } },
      { path: 'roster/:id', component: () => import('./pages/roster-detail/index.vue'), meta: { roles: CONSOLE_ROLES } },
      {
        path: 'declarations',
        component: () => import('./pages/declarations/index.vue'),
        meta: { roles: CONSOLE_ROLES },
      },
      {
        path: 'declarations/:id',
        component: () => import('./pages/declaration-detail/index.vue'),
        meta: { roles: CONSOLE_ROLES },
      },
      { path: 'reviews', component: () => import('./pages/reviews/index.vue'), meta: { roles: REVIEWER_ROLES } },
      { path: 'notifications', component: () => import('./pages/notifications/index.vue'), meta: { roles: ['ADMIN'] } },
      {
        path: 'organisations',
        component: () => import('./pages/organisations/index.vue'),
        meta: { roles: ORGANISATION_ROLES },
      },
      { path: 'accounts', component: () => import('./pages/accounts/index.vue'), meta: { roles: ACCOUNT_MANAGER_ROLES } },
      { path: 'roster-import', component: () => import('./pages/roster-import/index.vue'), meta: { roles: ['UNIT_OPERATOR'] } },
      {
        path: 'roster-import-reviews',
        component: () => import('./pages/roster-import-reviews/index.vue'),
        meta: { roles: ['EXAM_OFFICE'] },
      },
      { path: 'transfers', component: () => import('./pages/transfers/index.vue'), meta: { roles: ['UNIT_OPERATOR', 'EXAM_OFFICE'] } },
      // issue 15 item 6: key-info changes
      { path: 'key-changes', component: () => import('./pages/key-changes/index.vue'), meta: { roles: ['UNIT_OPERATOR'] } },
      { path: 'key-change-reviews', component: () => import('./pages/key-change-reviews/index.vue'), meta: { roles: ['EXAM_OFFICE'] } },
      // Issue 16: 工作台 (deadlines and 待办), 考评计划管理, 承诺书设置
      { path: 'workbench', component: () => import('./pages/workbench/index.vue'), meta: { roles: WORKBENCH_ROLES } },
      { path: 'plans', component: () => import('./pages/plans/index.vue'), meta: { roles: ['EXAM_OFFICE', 'ADMIN'] } },
      { path: 'commitment-letter', component: () => import('./pages/commitment/index.vue'), meta: { roles: ['EXAM_OFFICE'] } },
      { path: 'material-slots', component: () => import('./pages/material-slots/index.vue'), meta: { roles: CATALOG_ROLES } },
      // Issue 16: 诚信记录, 省综合评审未通过
      { path: 'integrity-records', component: () => import('./pages/integrity/index.vue'), meta: { roles: ['EXAM_OFFICE'] } },
      { path: 'review-failures', component: () => import('./pages/review-failures/index.vue'), meta: { roles: ['EXAM_OFFICE'] } },
      { path: 'password', component: () => import('./pages/password/index.vue'), meta: { roles: CONSOLE_ROLES } },
      { path: 'settings', component: () => import('./pages/settings/index.vue'), meta: { roles: CONSOLE_ROLES } },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export const router = createRouter({ history: createWebHashHistory(), routes })

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  if (!(await ensureSignedIn())) return { path: '/login' }
  if (session.user?.mustChangePassword && to.path !== '/password') return { path: '/password' }
  const roles = to.meta.roles as Role[] | undefined
  if (roles && !hasRole(...roles)) return { path: homePath(session.user?.role) }
  return true
})
