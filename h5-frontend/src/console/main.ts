import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import './console.css'
import App from './App.vue'
import { router } from './router'
import { onPasswordChangeRequired, onUnauthorized } from '@/shared/api/request'
import { forget } from '@/shared/stores/session'

onUnauthorized(() => {
  forget()
  router.replace({ path: '/login', query: { expired: '1' } })
})
onPasswordChangeRequired(() => router.replace('/password'))

createApp(App).use(ElementPlus, { locale: zhCn }).use(router).mount('#app')
