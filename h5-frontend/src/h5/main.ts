import { createApp } from 'vue'
import Vant from 'vant'
import 'vant/lib/index.css'
import './h5.css'
import App from './App.vue'
import { router } from './router'
import { onPasswordChangeRequired, onUnauthorized } from '@/shared/api/request'
import { forget } from '@/shared/stores/session'

onUnauthorized(() => {
  forget()
  router.replace('/login')
})
onPasswordChangeRequired(() => router.replace('/password'))

createApp(App).use(Vant).use(router).mount('#app')
