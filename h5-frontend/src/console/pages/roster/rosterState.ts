// The roster list's filters, sort and page, kept while the console is open: returning from a
// worker's detail shows the same list instead of an unfiltered first page.
import { reactive, ref } from 'vue'
import type { WorkerFilters } from '@/shared/api/roster'

export const rosterFilters = reactive<WorkerFilters>({ name: '', idNumber: '', level: undefined, status: undefined })
export const rosterWorkType = ref('')
export const rosterSorting = ref<Pick<WorkerFilters, 'sort' | 'descending'>>({})
export const rosterPage = ref(1)
