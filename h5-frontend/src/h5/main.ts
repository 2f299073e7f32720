import { createApp } from 'vue'
import Vant from 'vant'
import 'vant/lib/index.css'
import './h5.css'
import App from './App.vue'
import { router } from './router'
import { onUnauthorized } from '@/shared/api/request'
import { signOut } from '@/shared/stores/session'

onUnauthorized(() => {
  signOut()
  router.replace('/login')
})

createApp(App).use(Vant).use(router).mount('#app')
