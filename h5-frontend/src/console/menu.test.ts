import { describe, expect, it } from 'vitest'
import { MENUS, homePath } from './menu'

const titles = (role: keyof typeof MENUS) => MENUS[role].map((m) => m.title)

describe('console menu', () => {
  it('gives each role its own menu', () => {
    expect(titles('UNIT_OPERATOR')).toEqual(['工勤人员名册', '技术等级申报', '导入新增人员', '人员调动', '关键信息修改', '工作台'])
    expect(titles('SUPERVISOR')).toEqual(['待审核', '申报查询', '工勤人员名册', '工作台'])
    expect(titles('EXAM_OFFICE')).toEqual(['待审核', '申报查询', '工勤人员名册', '组织机构管理', '账号管理', '工种目录', '导入审核', '人员调动', '关键信息修改审核', '材料栏目设置', '考评计划管理', '工作台', '承诺书设置', '诚信记录', '省综合评审未通过'])
    expect(titles('ADMIN')).toEqual(['申报查询', '工勤人员名册', '组织机构管理', '账号管理', '消息发送记录', '工种目录', '材料栏目设置', '考评计划管理'])
    expect(titles('APPLICANT')).toEqual([])
  })

  it('starts reviewers on 待审核 and keeps applicants on the sign-in page', () => {
    expect(homePath('SUPERVISOR')).toBe('/reviews')
    expect(homePath('UNIT_OPERATOR')).toBe('/roster')
    expect(homePath('APPLICANT')).toBe('/login')
  })
})
