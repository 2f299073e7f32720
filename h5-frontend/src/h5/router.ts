import { createRouter, createWebHashHistory } from 'vue-router'
import { ensureSignedIn, hasRole, session } from '@/shared/stores/session'
import TabLayout from './layout/TabLayout.vue'
import LoginPage from './pages/login/index.vue'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/login', component: LoginPage, meta: { public: true } },
    { path: '/auth/callback', component: () => import('./pages/auth-callback/index.vue'), meta: { public: true } },
    // 手机扫码上传: opened from a QR code without sign-in; the link's one-time token is the credential
    { path: '/scan/:token', component: () => import('./pages/scan/index.vue'), meta: { public: true } },
    {
      path: '/',
      component: TabLayout,
      children: [
        { path: '', redirect: '/home' },
        { path: 'home', component: () => import('./pages/home/index.vue') },
        { path: 'declarations', component: () => import('./pages/declarations/index.vue') },
        { path: 'mine', component: () => import('./pages/mine/index.vue') },
      ],
    },
    { path: '/declarations/:id', component: () => import('./pages/declaration-detail/index.vue') },
    // 个人网上报名 (seed 004): 报名须知, then city and level, then the form
    { path: '/guide', component: () => import('./pages/guide/index.vue') },
    { path: '/apply/choice', component: () => import('./pages/apply-choice/index.vue') },
    { path: '/apply/form', component: () => import('./pages/apply-form/index.vue') },
    { path: '/password', component: () => import('./pages/password/index.vue') },
    { path: '/phone', component: () => import('./pages/phone/index.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/home' },
  ],
})

// Only applicants use the H5 app; other roles are sent to the login page, which points them to /console/.
router.beforeEach(async (to) => {
  if (to.meta.public) return true
  if (!(await ensureSignedIn()) || !hasRole('APPLICANT')) return { path: '/login' }
  if (session.user?.mustChangePassword && to.path !== '/password') return { path: '/password' }
  return true
})
