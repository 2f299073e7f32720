// Work type search for the H5 picker and the console select: the server matches names, full pinyin and pinyin
// initials (seed 004: "byy" or "播音员"); with year and level only the work types open that year at that level.
// Only the latest search's answer is shown; a failed search shows none.
import { ref } from 'vue'
import { searchWorkTypes } from '@/shared/api/catalog'
import type { LevelCode, WorkType } from '@/shared/api/types'

export function useWorkTypeSearch(filters: () => { year?: number; level?: LevelCode }, limit?: number) {
  const options = ref<WorkType[]>([])
  const loading = ref(false)
  let latest = 0

  async function search(q: string | undefined) {
    const ticket = ++latest
    loading.value = true
    try {
      const found = await searchWorkTypes({ q, ...filters() })
      if (ticket === latest) options.value = limit ? found.slice(0, limit) : found
    } catch {
      if (ticket === latest) options.value = []
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  return { options, loading, search }
}
