-- 工种目录 per 《江苏省机关事业单位工勤技能岗位工种设置目录（试行）》 as listed in the 2020 notice
-- (苏人社函〔2020〕139号, seed 003). Codes: category initials + sequence.
INSERT INTO work_type (code, name, category) VALUES
  ('FW01', '行政事务', '服务类'), ('FW02', '讲解员', '服务类'), ('FW03', '烹饪', '服务类'),
  ('FW04', '收银审核', '服务类'), ('FW05', '酒店服务', '服务类'), ('FW06', '商品营销', '服务类'),
  ('JD01', '修理装配', '机电类'), ('JD02', '电工', '机电类'), ('JD03', '机械加工', '机电类'),
  ('JD04', '制冷', '机电类'), ('JD05', '水暖', '机电类'), ('JD06', '计算机信息处理', '机电类'),
  ('ZJ01', '市政维护', '住建类'), ('ZJ02', '水处理工', '住建类'), ('ZJ03', '机械操作', '住建类'),
  ('ZJ04', '建筑技术', '住建类'),
  ('JT01', '汽车驾驶与管理', '交通类'), ('JT02', '汽车修理', '交通类'), ('JT03', '航闸技术', '交通类'),
  ('JT04', '航标工', '交通类'), ('JT05', '潜水员', '交通类'), ('JT06', '船艇技术', '交通类'),
  ('JT07', '公路养护', '交通类'),
  ('SL01', '闸门运行', '水利类'), ('SL02', '泵站运行', '水利类'),
  ('NY01', '农艺', '农业类'), ('NY02', '动物养殖', '农业类'), ('NY03', '水产养殖', '农业类'),
  ('NY04', '农机技术', '农业类'),
  ('WT01', '图书档案管理', '文体类'), ('WT02', '体育场地工', '文体类'), ('WT03', '播音员', '文体类'),
  ('WS01', '药剂', '卫生健康类'), ('WS02', '护理保健', '卫生健康类'), ('WS03', '卫生防疫', '卫生健康类'),
  ('MZ01', '殡葬服务', '民政类'),
  ('DK01', '地质勘查', '地矿类'),
  ('CH01', '测绘员', '测绘类'),
  ('SC01', '质量检验', '市场监管类'), ('SC02', '计量检定', '市场监管类'), ('SC03', '锅炉操作', '市场监管类'),
  ('JG01', '电子机械加工', '军工电子类'), ('JG02', '电子设备制造', '军工电子类'), ('JG03', '动力运维', '军工电子类'),
  ('JG04', '器件工艺', '军工电子类');

-- Former work types merged into the catalog's names ("按归并后的工种名称填写"): old certificates map to the successor.
INSERT INTO work_type (code, name, category, successor_code, retired) VALUES
  ('JT91', '汽车驾驶员', '交通类', 'JT01', TRUE),
  ('FW91', '收银员', '服务类', 'FW04', TRUE),
  ('WT91', '档案管理员', '文体类', 'WT01', TRUE),
  ('WT92', '图书资料员', '文体类', 'WT01', TRUE);

-- 2020 考评范围. 技师 and 等级工 cover every current work type of the 2020 list (播音员 is not in it);
-- 等级工 leaves out 水产养殖; 高级技师 is the short list of the notice.
INSERT INTO work_type_scope (plan_year, level_group, work_type_code)
  SELECT 2020, 'TECHNICIAN', code FROM work_type WHERE retired = FALSE AND code <> 'WT03';
INSERT INTO work_type_scope (plan_year, level_group, work_type_code)
  SELECT 2020, 'GRADE', code FROM work_type WHERE retired = FALSE AND code NOT IN ('WT03', 'NY03');
INSERT INTO work_type_scope (plan_year, level_group, work_type_code)
  SELECT 2020, 'SENIOR_TECHNICIAN', code FROM work_type WHERE code IN
  ('FW01', 'FW03', 'FW04', 'JD02', 'JD03', 'JD04', 'JD05', 'JD06', 'JT01', 'JT02', 'NY01', 'NY03', 'NY04',
   'WT01', 'WS01', 'WS03', 'DK01', 'CH01', 'JG01', 'JG02', 'JG03', 'JG04');
