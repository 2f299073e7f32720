// Loads the declaration named by the route's :id, for the console and H5 detail pages alike.
import { onMounted, ref } from 'vue'
import { useRoute } from 'vue-router'
import { getDeclaration } from '@/shared/api/declarations'
import type { Declaration } from '@/shared/api/types'

export function useDeclaration() {
  const route = useRoute()
  const item = ref<Declaration>()
  const loading = ref(true)
  const error = ref('')

  onMounted(async () => {
    try {
      item.value = await getDeclaration(String(route.params.id))
    } catch (e) {
      error.value = (e as Error).message
    } finally {
      loading.value = false
    }
  })

  return { item, loading, error }
}
