<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>AddDialog</name>
        <message>
            <source>添加操作员</source>
            <translation>Add operator</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>初始密码</source>
            <translation>Initial password</translation>
        </message>
    </context>
    <context>
        <name>AddOperatorDialog</name>
        <message>
            <source>新增操作员</source>
            <translation>Add operator</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>再次输入密码</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <source>两次输入的密码不一致。</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>AdditionDialog</name>
        <message>
            <source>增员 — {n}</source>
            <translation>Add members — {n}</translation>
        </message>
        <message>
            <source>{u}，参保单 {n}，保障期 {a} 至 {b}。增员随原参保单期满，按剩余月数计收会费。</source>
            <translation>{u}, enrolment {n}, cover period {a} to {b}. Added members are covered until the enrolment ends and pay for the remaining months.</translation>
        </message>
        <message>
            <source>按姓名或证件号码筛选本单位未参保的会员</source>
            <translation>Filter this unit's unenrolled members by name or ID number</translation>
        </message>
        <message>
            <source>从名册文件选择(&amp;F)…</source>
            <translation>Choose from a roster &amp;file…</translation>
        </message>
        <message>
            <source>确认增员(&amp;S)</source>
            <translation>Confirm and &amp;save</translation>
        </message>
        <message>
            <source>打印收款收据(&amp;R)…</source>
            <translation>Print &amp;receipt…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>增员生效日(&amp;D)</source>
            <translation>Start &amp;date</translation>
        </message>
        <message>
            <source>选择增员名册</source>
            <translation>Choose roster of members to add</translation>
        </message>
        <message>
            <source>花名册 (*.xlsx *.xls *.csv)</source>
            <translation>Rosters (*.xlsx *.xls *.csv)</translation>
        </message>
        <message>
            <source>名册中有 {k} 人已在本参保单中，未重复勾选。</source>
            <translation>{k} people on the roster are already on this enrolment and were not ticked again.</translation>
        </message>
        <message>
            <source>请勾选增员人员，或从名册文件选择。</source>
            <translation>Tick the people to add, or choose them from a roster file.</translation>
        </message>
        <message>
            <source>{c} {s} 份：{f} 元 × {m}/{t} 个月 = {p} 元/人，{n} 人，保障至 {e}</source>
            <translation>{c} × {s} shares: ¥{f} × {m}/{t} months = ¥{p} per person, {n} people, covered until {e}</translation>
        </message>
        <message>
            <source>应缴会费</source>
            <translation>Fee due</translation>
        </message>
        <message>
            <source>增员</source>
            <translation>Add members</translation>
        </message>
        <message>
            <source>已增员 {m} 人，收据 {r}。</source>
            <translation>{m} members added; receipt {r}.</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>已收会费</source>
            <translation>Fee received</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>再次输入密码</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <source>演示操作员：admin、clerk1、clerk2、reviewer1、supervisor1，密码均为 {p}。</source>
            <translation>Demo operators: admin, clerk1, clerk2, reviewer1, supervisor1; the password of each is {p}.</translation>
        </message>
        <message>
            <source>代办处 {code}（{name}）。请为管理员 admin 设置密码（至少 8 位）。</source>
            <translation>Office {code} ({name}). Set a password for the administrator admin (at least 8 characters).</translation>
        </message>
        <message>
            <source>两次输入的密码不一致。</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPage</name>
        <message>
            <source>全部年度</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>计算</source>
            <translation>Compute</translation>
        </message>
        <message>
            <source>导出 Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>计划</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>代办处</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>年龄段</source>
            <translation>Age band</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>行业</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>副险人数</source>
            <translation>Rider members</translation>
        </message>
        <message>
            <source>无主险人数</source>
            <translation>Without main plan</translation>
        </message>
        <message>
            <source>在册职工</source>
            <translation>Workers on roster</translation>
        </message>
        <message>
            <source>参保人数</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>在册平均年龄</source>
            <translation>Mean age on roster</translation>
        </message>
        <message>
            <source>参保平均年龄</source>
            <translation>Mean age enrolled</translation>
        </message>
        <message>
            <source>相差（岁）</source>
            <translation>Difference (years)</translation>
        </message>
        <message>
            <source>理赔件数</source>
            <translation>Claims</translation>
        </message>
        <message>
            <source>保障开始90天内出险</source>
            <translation>Incident within 90 days of cover start</translation>
        </message>
        <message>
            <source>占比</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>其支付金额（元）</source>
            <translation>Their benefits paid (¥)</translation>
        </message>
        <message>
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>会费收入（元）</source>
            <translation>Fee income (¥)</translation>
        </message>
        <message>
            <source>支付金额（元）</source>
            <translation>Benefits paid (¥)</translation>
        </message>
        <message>
            <source>按计划</source>
            <translation>By plan</translation>
        </message>
        <message>
            <source>按代办处</source>
            <translation>By office</translation>
        </message>
        <message>
            <source>明细</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>参副不参主</source>
            <translation>Rider without main plan</translation>
        </message>
        <message>
            <source>参老不参少</source>
            <translation>Enrolled older than staff</translation>
        </message>
        <message>
            <source>参病不参健</source>
            <translation>Early claims</translation>
        </message>
        <message>
            <source>月度趋势</source>
            <translation>Monthly trend</translation>
        </message>
        <message>
            <source>数据分析</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <source>会费收入 {p} 元，支付 {b} 元，赔付率 {r}</source>
            <translation>Fee income ¥{p}, benefits paid ¥{b}, loss ratio {r}</translation>
        </message>
        <message>
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>导出 Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>已保存：{p}</source>
            <translation>Saved: {p}</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsPage</name>
        <message>
            <source>理赔编号</source>
            <translation>Claim number</translation>
        </message>
        <message>
            <source>代办处</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>会员</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>计划</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>受理日期</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>核定金额（元）</source>
            <translation>Assessed amount (¥)</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>批准…</source>
            <translation>Approve…</translation>
        </message>
        <message>
            <source>不批准…</source>
            <translation>Reject…</translation>
        </message>
        <message>
            <source>只有省办事处审批员或管理员可以审批大额理赔。</source>
            <translation>Only an approver or administrator of the provincial office can approve large claims.</translation>
        </message>
        <message>
            <source>待省办事处审批的理赔（单件核定金额 2 万元及以上）；审批结果随回执包发回代办处。</source>
            <translation>Claims awaiting approval by the provincial office (assessed amount ¥20,000 or more each); the decisions go back to the offices with the return packages.</translation>
        </message>
        <message>
            <source>审批</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>理赔 {n}：{office} {name}，{member}，{plan} {kind}</source>
            <translation>Claim {n}: {office} {name}, {member}, {plan} {kind}</translation>
        </message>
        <message>
            <source>出险日期 {e}；医院 {h}；医疗总费用 {t} 元；政策内个人自付 {s} 元</source>
            <translation>Incident date {e}; hospital {h}; total medical costs ¥{t}; co-payment within policy ¥{s}</translation>
        </message>
        <message>
            <source>核定金额：{a} 元</source>
            <translation>Assessed amount: ¥{a}</translation>
        </message>
        <message>
            <source>计算过程：</source>
            <translation>Calculation:</translation>
        </message>
        <message>
            <source>材料：{d}</source>
            <translation>Documents: {d}</translation>
        </message>
        <message>
            <source>已由 {who} 审批：{s}，理由：{r}</source>
            <translation>Decided by {who}: {s}; reason: {r}</translation>
        </message>
        <message>
            <source>批准</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>不批准</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>理由（可不填）：</source>
            <translation>Reason (optional):</translation>
        </message>
        <message>
            <source>不批准的理由：</source>
            <translation>Reason for rejecting:</translation>
        </message>
        <message>
            <source>确定{verb}理赔 {n}（{o}，{a} 元）？审批结果将随下一个回执包发回代办处。</source>
            <translation>{verb} claim {n} ({o}, ¥{a})? The decision goes back to the office with the next return package.</translation>
        </message>
        <message>
            <source>理赔 {n}：{verb}；将随下一个回执包发回。</source>
            <translation>Claim {n}: {verb}; the decision goes back with the next return package.</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>备份文件夹（建议选 U 盘或另一块硬盘上的文件夹）：</source>
            <translation>Backup folder (best on a USB drive or another disk):</translation>
        </message>
        <message>
            <source>备份计划：每天首次启动时自动备份一次，每次退出时再备份一次；保留最近 7 天每天、4 周每周、12 个月每月的最新备份。</source>
            <translation>Backup schedule: automatically at the first start of each day and again at every exit; the latest backup of each of the last 7 days, 4 weeks and 12 months is kept.</translation>
        </message>
        <message>
            <source>选择备份文件夹</source>
            <translation>Choose the backup folder</translation>
        </message>
        <message>
            <source>无法使用该文件夹：{e}</source>
            <translation>Cannot use this folder: {e}</translation>
        </message>
    </context>
    <context>
        <name>CalibrationBox</name>
        <message>
            <source>套打校准</source>
            <translation>Pre-printed form calibration</translation>
        </message>
        <message>
            <source>打印机名称（留空为默认）</source>
            <translation>Printer name (empty for the default)</translation>
        </message>
        <message>
            <source>右移</source>
            <translation>Right</translation>
        </message>
        <message>
            <source>下移</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>生成校准页</source>
            <translation>Make calibration page</translation>
        </message>
        <message>
            <source>保存偏移</source>
            <translation>Save offset</translation>
        </message>
        <message>
            <source>版式</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>打印机</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>偏移（毫米）</source>
            <translation>Offset (mm)</translation>
        </message>
        <message>
            <source>校准页 %1</source>
            <translation>Calibration page %1</translation>
        </message>
        <message>
            <source>没有数据文件夹，无法保存偏移。</source>
            <translation>There is no data folder; the offset cannot be saved.</translation>
        </message>
        <message>
            <source>已保存到 %1</source>
            <translation>Saved to %1</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>撤销参保 — {n}</source>
            <translation>Revoke enrolment — {n}</translation>
        </message>
        <message>
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <source>{p} {a} 元</source>
            <translation>{p} ¥{a}</translation>
        </message>
        <message>
            <source>{u} 的参保单 {n}（{a} 至 {b}，{m} 人）将撤销，全部保障作废，并向付款方退费：{parts}。</source>
            <translation>Enrolment {n} of {u} ({a} to {b}, {m} people) will be revoked, all its cover cancelled and the payers refunded: {parts}.</translation>
        </message>
        <message>
            <source>退费合计</source>
            <translation>Total refund</translation>
        </message>
        <message>
            <source>如：单位撤回参保申请</source>
            <translation>e.g. the unit withdrew its application</translation>
        </message>
        <message>
            <source>撤销理由(&amp;R)</source>
            <translation>&amp;Reason for revoking</translation>
        </message>
        <message>
            <source>确认撤销(&amp;S)</source>
            <translation>Confirm and &amp;save</translation>
        </message>
        <message>
            <source>撤销参保</source>
            <translation>Revoke enrolment</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>有效期起</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>有效期止</source>
            <translation>Valid to</translation>
        </message>
        <message>
            <source>计划（副险依附的主险）</source>
            <translation>Plans (main plan of each rider)</translation>
        </message>
        <message>
            <source>发布时间</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>已下发代办处</source>
            <translation>Sent to offices</translation>
        </message>
        <message>
            <source>发布新目录…</source>
            <translation>Publish new catalogue…</translation>
        </message>
        <message>
            <source>下达年度指标（随回执包下发）</source>
            <translation>Set annual targets (sent with the return packages)</translation>
        </message>
        <message>
            <source>代办处</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>下达指标</source>
            <translation>Set targets</translation>
        </message>
        <message>
            <source>指标</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>目标</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>完成</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>考核</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>保障计划目录版本</source>
            <translation>Plan catalogue versions</translation>
        </message>
        <message>
            <source>目录与指标</source>
            <translation>Catalogues and targets</translation>
        </message>
        <message>
            <source>{y} 年度目标考核</source>
            <translation>Target assessment {y}</translation>
        </message>
        <message>
            <source>选择保障计划目录</source>
            <translation>Choose plan catalogue</translation>
        </message>
        <message>
            <source>保障计划目录 (*.json)</source>
            <translation>Plan catalogues (*.json)</translation>
        </message>
        <message>
            <source>发布新目录</source>
            <translation>Publish new catalogue</translation>
        </message>
        <message>
            <source>发布目录 {f}？发布后随各代办处的下一个回执包下发，不能撤回。</source>
            <translation>Publish catalogue {f}? It goes to each office with its next return package and cannot be withdrawn.</translation>
        </message>
        <message>
            <source>目录 {v} 已发布，将随下一批回执包下发。</source>
            <translation>Catalogue {v} published; it goes out with the next return packages.</translation>
        </message>
        <message>
            <source>目录 {v} 此前已发布。</source>
            <translation>Catalogue {v} was published before.</translation>
        </message>
        <message>
            <source>请先登记代办处。</source>
            <translation>Register an office first.</translation>
        </message>
        <message>
            <source>代办处 {o} {y} 年度指标：{t}；将随下一个回执包下发。</source>
            <translation>Office {o} targets for {y}: {t}; sent with the next return package.</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>暂无数据</source>
            <translation>No data yet</translation>
        </message>
    </context>
    <context>
        <name>CheckStep</name>
        <message>
            <source>第四步：规则检查</source>
            <translation>Step 4: Rule check</translation>
        </message>
        <message>
            <source>主管审批例外(&amp;O)…</source>
            <translation>Supervisor &amp;override…</translation>
        </message>
        <message>
            <source>{mark} {title}：{text}</source>
            <translation>{mark} {title}: {text}</translation>
        </message>
        <message>
            <source>应缴会费 {0} 元</source>
            <translation>Fee due: ¥{0}</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>为选中材料附扫描件…</source>
            <translation>Attach scan to selected document…</translation>
        </message>
        <message>
            <source>请先在清单中选中一项材料。</source>
            <translation>Select a document in the checklist first.</translation>
        </message>
        <message>
            <source>选择扫描件</source>
            <translation>Choose a scan</translation>
        </message>
        <message>
            <source>图片或 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</source>
            <translation>Images or PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ClaimQueue</name>
        <message>
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>会员</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>计划</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>计算给付</source>
            <translation>Computed benefit</translation>
        </message>
        <message>
            <source>受理日</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>待补件</source>
            <translation>Documents missing</translation>
        </message>
        <message>
            <source>重复</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>我的待办</source>
            <translation>My tasks</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <source>超时未办结</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>按理赔编号、证件号码（或末几位）、姓名搜索</source>
            <translation>Search by claim number, ID number (or its last digits) or name</translation>
        </message>
        <message>
            <source>审核通过，提交审批</source>
            <translation>Reviewed: submit for approval</translation>
        </message>
        <message>
            <source>批准</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>拒绝…</source>
            <translation>Reject…</translation>
        </message>
        <message>
            <source>登记支付</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <source>撤回…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <source>补件…</source>
            <translation>Add documents…</translation>
        </message>
        <message>
            <source>更正…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <source>代发清单…</source>
            <translation>Bank payment list…</translation>
        </message>
        <message>
            <source>把列表中可支付的已批准申请写成银行代发清单（Excel）</source>
            <translation>Write the approved claims in the list that can be paid to a bank payment list (Excel)</translation>
        </message>
        <message>
            <source>待审核理赔</source>
            <translation>Claims to review</translation>
        </message>
        <message>
            <source>待审批理赔</source>
            <translation>Claims to approve</translation>
        </message>
        <message>
            <source>待支付理赔</source>
            <translation>Claims to pay</translation>
        </message>
        <message>
            <source>受理日期 {p}</source>
            <translation>Received {p}</translation>
        </message>
        <message>
            <source>已支付，支付日期 {p}</source>
            <translation>Paid, payment date {p}</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>⚠ 重复特批</source>
            <translation>⚠ Duplicate, override</translation>
        </message>
        <message>
            <source>⚠ 重复申请：与 {d} 重复，经主管特批受理。原因：{r}</source>
            <translation>⚠ Duplicate claim: repeats {d}; taken with a supervisor override. Reason: {r}</translation>
        </message>
        <message>
            <source>已支付 {a} 元（{d}，{m}，凭证号 {v}）</source>
            <translation>Paid ¥{a} ({d}, {m}, voucher no. {v})</translation>
        </message>
        <message>
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <source>办理记录：</source>
            <translation>History:</translation>
        </message>
        <message>
            <source>原因（将告知申请人）：</source>
            <translation>Reason (the applicant will be told):</translation>
        </message>
        <message>
            <source>审核理赔</source>
            <translation>Review claim</translation>
        </message>
        <message>
            <source>批准 {n}（{m}），给付 {a}？</source>
            <translation>Approve {n} ({m}) with a benefit of {a}?</translation>
        </message>
        <message>
            <source>⚠ 这是经主管特批受理的重复申请：{r}</source>
            <translation>⚠ This duplicate claim was taken with a supervisor override: {r}</translation>
        </message>
        <message>
            <source>计算过程：</source>
            <translation>Calculation:</translation>
        </message>
        <message>
            <source>审批理赔</source>
            <translation>Approve claim</translation>
        </message>
        <message>
            <source>拒绝理赔</source>
            <translation>Reject claim</translation>
        </message>
        <message>
            <source>撤回申请</source>
            <translation>Withdraw claim</translation>
        </message>
        <message>
            <source>代发清单</source>
            <translation>Bank payment list</translation>
        </message>
        <message>
            <source>列表中没有可支付的已批准申请。</source>
            <translation>The list has no approved claims that can be paid.</translation>
        </message>
        <message>
            <source>代发清单-{d}.xlsx</source>
            <translation>bank-payment-list-{d}.xlsx</translation>
        </message>
        <message>
            <source>保存代发清单</source>
            <translation>Save bank payment list</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>已生成代发清单 {f}：{n} 笔，合计 {a} 元</source>
            <translation>Bank payment list {f} made: {n} payments, ¥{a} in total</translation>
        </message>
        <message>
            <source>（账号已遮蔽）</source>
            <translation>(account numbers masked)</translation>
        </message>
        <message>
            <source>理赔列表</source>
            <translation>Claim list</translation>
        </message>
        <message>
            <source>补件</source>
            <translation>Add documents</translation>
        </message>
        <message>
            <source>更正</source>
            <translation>Correct</translation>
        </message>
    </context>
    <context>
        <name>ClaimsPage</name>
        <message>
            <source>受理</source>
            <translation>New claim</translation>
        </message>
        <message>
            <source>待办与查询</source>
            <translation>Tasks and search</translation>
        </message>
    </context>
    <context>
        <name>ConfirmStep</name>
        <message>
            <source>第六步：确认保存</source>
            <translation>Step 6: Confirm and save</translation>
        </message>
        <message>
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <source>{c} {s} 份</source>
            <translation>{c} × {s} shares</translation>
        </message>
        <message>
            <source>{p} {a} 元</source>
            <translation>{p} ¥{a}</translation>
        </message>
        <message>
            <source>{u}：{n} 人，{plans}</source>
            <translation>{u}: {n} people, {plans}</translation>
        </message>
        <message>
            <source>自 {d} 起生效；缴费：{parts}</source>
            <translation>In force from {d}; payment: {parts}</translation>
        </message>
        <message>
            <source>收款方式 {m}，凭证号 {v}，缴费日期 {p}</source>
            <translation>Payment method {m}, voucher no. {v}, payment date {p}</translation>
        </message>
        <message>
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>主管 {s} 审批例外：{r}</source>
            <translation>Override approved by supervisor {s}: {r}</translation>
        </message>
    </context>
    <context>
        <name>CorrectDialog</name>
        <message>
            <source>更正 {n}</source>
            <translation>Correct {n}</translation>
        </message>
        <message>
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>更正为</source>
            <translation>Correct to</translation>
        </message>
        <message>
            <source>更正原因</source>
            <translation>Reason for correction</translation>
        </message>
        <message>
            <source>元，最多两位小数</source>
            <translation>yuan, at most two decimals</translation>
        </message>
    </context>
    <context>
        <name>DocumentsDialog</name>
        <message>
            <source>补件 {n}</source>
            <translation>Add documents to {n}</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentDetailDialog</name>
        <message>
            <source>参保单 {n}</source>
            <translation>Enrolment {n}</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>计划与份数</source>
            <translation>Plans and shares</translation>
        </message>
        <message>
            <source>保障期</source>
            <translation>Cover period</translation>
        </message>
        <message>
            <source>会费（元）</source>
            <translation>Fee (¥)</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>人员</source>
            <translation>People</translation>
        </message>
        <message>
            <source>计划</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>份数</source>
            <translation>Shares</translation>
        </message>
        <message>
            <source>人数</source>
            <translation>People</translation>
        </message>
        <message>
            <source>保障</source>
            <translation>Cover</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>付款方</source>
            <translation>Payer</translation>
        </message>
        <message>
            <source>金额（元）</source>
            <translation>Amount (¥)</translation>
        </message>
        <message>
            <source>收款方式</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>凭证号</source>
            <translation>Voucher no.</translation>
        </message>
        <message>
            <source>缴费日期</source>
            <translation>Payment date</translation>
        </message>
        <message>
            <source>收据编号</source>
            <translation>Receipt number</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>缴费</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>收据</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>历史</source>
            <translation>History</translation>
        </message>
        <message>
            <source>打印参保凭证(&amp;C)…</source>
            <translation>Print &amp;certificate…</translation>
        </message>
        <message>
            <source>打印收款收据(&amp;R)…</source>
            <translation>Print &amp;receipt…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>{n}　{u}（{c}）　{st}</source>
            <translation>{n}  {u} ({c})  {st}</translation>
        </message>
        <message>
            <source>保障期 {a} 至 {b}，目录 {v}，{m} 人，经办 {o}</source>
            <translation>Cover period {a} to {b}, catalogue {v}, {m} people, clerk {o}</translation>
        </message>
        <message>
            <source>会费</source>
            <translation>Fees</translation>
        </message>
        <message>
            <source>主管 {s} 审批例外：{r}</source>
            <translation>Override approved by supervisor {s}: {r}</translation>
        </message>
        <message>
            <source>续保自 {n}</source>
            <translation>Renewal of {n}</translation>
        </message>
        <message>
            <source>已续保为 {n}</source>
            <translation>Renewed as {n}</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>{c} {s} 份</source>
            <translation>{c} × {s} shares</translation>
        </message>
        <message>
            <source>已作废</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>已减员（保障至期满）</source>
            <translation>Left (covered until the period ends)</translation>
        </message>
        <message>
            <source>{a} 至 {b}</source>
            <translation>{a} to {b}</translation>
        </message>
        <message>
            <source>收款</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>退费</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>收据 {r}</source>
            <translation>Receipt {r}</translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
    </context>
    <context>
        <name>EnrollmentPage</name>
        <message>
            <source>全部参保单</source>
            <translation>All enrolments</translation>
        </message>
        <message>
            <source>30 天内到期未续保</source>
            <translation>Expiring within 30 days, not renewed</translation>
        </message>
        <message>
            <source>60 天内到期未续保</source>
            <translation>Expiring within 60 days, not renewed</translation>
        </message>
        <message>
            <source>参保单号</source>
            <translation>Enrolment number</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>保障期</source>
            <translation>Cover period</translation>
        </message>
        <message>
            <source>人数</source>
            <translation>People</translation>
        </message>
        <message>
            <source>会费（元）</source>
            <translation>Fee (¥)</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>剩余天数</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>办理参保(&amp;N)…</source>
            <translation>&amp;New enrolment…</translation>
        </message>
        <message>
            <source>导入名册</source>
            <translation>Import roster</translation>
        </message>
        <message>
            <source>增员</source>
            <translation>Add members</translation>
        </message>
        <message>
            <source>减员</source>
            <translation>Leavers</translation>
        </message>
        <message>
            <source>撤销参保</source>
            <translation>Revoke enrolment</translation>
        </message>
        <message>
            <source>续保(&amp;R)</source>
            <translation>&amp;Renew</translation>
        </message>
        <message>
            <source>查看</source>
            <translation>View</translation>
        </message>
        <message>
            <source>保障起始于 {p}</source>
            <translation>Cover starting {p}</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>已续保</source>
            <translation>Renewed</translation>
        </message>
        <message>
            <source>{a} 至 {b}</source>
            <translation>{a} to {b}</translation>
        </message>
        <message>
            <source>共 {0} 张</source>
            <translation>{0} in total</translation>
        </message>
        <message>
            <source>生效前撤销并退费</source>
            <translation>Revoke before cover starts and refund</translation>
        </message>
        <message>
            <source>仅主管可撤销参保</source>
            <translation>Only a supervisor can revoke an enrolment</translation>
        </message>
        <message>
            <source>请先在列表中选择一张参保单。</source>
            <translation>Select an enrolment in the list first.</translation>
        </message>
        <message>
            <source>办理参保</source>
            <translation>New enrolment</translation>
        </message>
        <message>
            <source>续保</source>
            <translation>Renew</translation>
        </message>
        <message>
            <source>参保单列表</source>
            <translation>Enrolment list</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentWizard</name>
        <message>
            <source>办理参保</source>
            <translation>New enrolment</translation>
        </message>
        <message>
            <source>确认保存(&amp;S)</source>
            <translation>Confirm and &amp;save</translation>
        </message>
        <message>
            <source>保存参保</source>
            <translation>Save enrolment</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>新建活动</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>名额</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>合作机构</source>
            <translation>Partner</translation>
        </message>
    </context>
    <context>
        <name>EventsTab</name>
        <message>
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>合作机构</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>签到/名额</source>
            <translation>Signed in/places</translation>
        </message>
        <message>
            <source>请在左侧选择活动</source>
            <translation>Choose an event on the left</translation>
        </message>
        <message>
            <source>扫描会员凭证二维码或输入证件号码，按回车</source>
            <translation>Scan the QR code of the member's certificate or type the ID number, then press Enter</translation>
        </message>
        <message>
            <source>打印签到表…</source>
            <translation>Print sign-in sheet…</translation>
        </message>
        <message>
            <source>新建活动…</source>
            <translation>New event…</translation>
        </message>
        <message>
            <source>读取活动</source>
            <translation>Load events</translation>
        </message>
        <message>
            <source>已签到 %1 人 / 名额 %2 人</source>
            <translation>Signed in: %1 / places: %2</translation>
        </message>
        <message>
            <source>签到</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>保存签到表</source>
            <translation>Save sign-in sheet</translation>
        </message>
        <message>
            <source>签到表-{n}.pdf</source>
            <translation>Sign-in sheet-{n}.pdf</translation>
        </message>
        <message>
            <source>生成签到表</source>
            <translation>Make sign-in sheet</translation>
        </message>
    </context>
    <context>
        <name>FilterChip</name>
        <message>
            <source>清除筛选</source>
            <translation>Clear filter</translation>
        </message>
        <message>
            <source>筛选：{f}（共 {n} 条）</source>
            <translation>Filter: {f} ({n} rows)</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>首次使用向导 — 职工互助保障代办系统</source>
            <translation>First-run wizard — Workers' Mutual Aid Desk</translation>
        </message>
    </context>
    <context>
        <name>FontPage</name>
        <message>
            <source>中文字体</source>
            <translation>Chinese font</translation>
        </message>
        <message>
            <source>已找到中文字体：{p}，可以打印。</source>
            <translation>Chinese font found: {p}; printing will work.</translation>
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <source>活动签到</source>
            <translation>Event sign-in</translation>
        </message>
        <message>
            <source>合作机构与会员核验</source>
            <translation>Partners and member checks</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>变更</source>
            <translation>Changes</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>本年每月新参保人数</source>
            <translation>New enrolees per month this year</translation>
        </message>
        <message>
            <source>本年每月受理理赔件数</source>
            <translation>Claims received per month this year</translation>
        </message>
        <message>
            <source>各计划参保人次</source>
            <translation>Person-times enrolled per plan</translation>
        </message>
        <message>
            <source>设定年度指标…</source>
            <translation>Set annual targets…</translation>
        </message>
        <message>
            <source>我的待办</source>
            <translation>My tasks</translation>
        </message>
        <message>
            <source>本年主要指标</source>
            <translation>Key figures this year</translation>
        </message>
        <message>
            <source>年度目标完成情况</source>
            <translation>Progress on annual targets</translation>
        </message>
        <message>
            <source>增值服务（本年）</source>
            <translation>Member services (this year)</translation>
        </message>
        <message>
            <source>读取工作台</source>
            <translation>Load Home</translation>
        </message>
        <message>
            <source>工作台 — {year} 年</source>
            <translation>Home — {year}</translation>
        </message>
        <message>
            <source>数据检查发现问题，请联系管理员：</source>
            <translation>The data check found problems; please contact the administrator:</translation>
        </message>
        <message>
            <source>待审核理赔</source>
            <translation>Claims to review</translation>
        </message>
        <message>
            <source>待审批理赔</source>
            <translation>Claims to approve</translation>
        </message>
        <message>
            <source>待支付理赔</source>
            <translation>Claims to pay</translation>
        </message>
        <message>
            <source>{label}：{n} 件</source>
            <translation>{label}: {n}</translation>
        </message>
        <message>
            <source>{d} 天内到期未续保：{n} 张</source>
            <translation>Expiring within {d} days, not renewed: {n}</translation>
        </message>
        <message>
            <source>尚未向省办同步过数据</source>
            <translation>Never synced with the provincial office</translation>
        </message>
        <message>
            <source>已 {d} 天未向省办同步（提醒间隔 {i} 天）</source>
            <translation>{d} days since the last sync with the provincial office (reminder every {i} days)</translation>
        </message>
        <message>
            <source>省办提示：</source>
            <translation>From the provincial office:</translation>
        </message>
        <message>
            <source>逆选择监测（查看）</source>
            <translation>Adverse selection watch (view)</translation>
        </message>
        <message>
            <source>暂无待办事项。</source>
            <translation>Nothing to do.</translation>
        </message>
        <message>
            <source>参保单位（家）</source>
            <translation>Insured units</translation>
        </message>
        <message>
            <source>参保人数（人）</source>
            <translation>Members enrolled</translation>
        </message>
        <message>
            <source>参保人次</source>
            <translation>Person-times enrolled</translation>
        </message>
        <message>
            <source>会费收入（元）</source>
            <translation>Fee income (¥)</translation>
        </message>
        <message>
            <source>受理理赔（件）</source>
            <translation>Claims received</translation>
        </message>
        <message>
            <source>支付理赔（元）</source>
            <translation>Claims paid (¥)</translation>
        </message>
        <message>
            <source>赔付率</source>
            <translation>Loss ratio</translation>
        </message>
        <message>
            <source>职工覆盖率</source>
            <translation>Worker coverage</translation>
        </message>
        <message>
            <source>受理至支付平均天数</source>
            <translation>Average days from claim to payment</translation>
        </message>
        <message>
            <source>尚未设置本年度目标（主管可点“设定年度指标”设置）。</source>
            <translation>No targets set for this year (a supervisor can click "Set annual targets").</translation>
        </message>
        <message>
            <source>已举办活动（场）</source>
            <translation>Events held</translation>
        </message>
        <message>
            <source>参加人次</source>
            <translation>Attendances</translation>
        </message>
        <message>
            <source>服务会员（人）</source>
            <translation>Members served</translation>
        </message>
        <message>
            <source>{p}：{e} 场，{a} 人次，{m} 人</source>
            <translation>{p}: {e} events, {a} attendances, {m} members</translation>
        </message>
    </context>
    <context>
        <name>HubLoginDialog</name>
        <message>
            <source>登录 — 省办事处</source>
            <translation>Log in — Provincial office</translation>
        </message>
        <message>
            <source>请输入用户名。</source>
            <translation>Please enter a username.</translation>
        </message>
    </context>
    <context>
        <name>HubWindow</name>
        <message>
            <source>密码已修改。</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <source>操作员：{name}（{role}）</source>
            <translation>Operator: {name} ({role})</translation>
        </message>
        <message>
            <source>省办事处数据库：{db}</source>
            <translation>Provincial database: {db}</translation>
        </message>
        <message>
            <source>职工互助保障代办系统 — 省办事处</source>
            <translation>Workers' Mutual Aid Desk — Provincial office</translation>
        </message>
        <message>
            <source>内置</source>
            <translation>built-in</translation>
        </message>
        <message>
            <source>省办事处</source>
            <translation>Provincial office</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>互助金试算（随填写更新）：</source>
            <translation>Benefit estimate (updates as you type):</translation>
        </message>
        <message>
            <source>主管确需受理重复申请时，在此写明原因（记入审计，审核、审批时可见）</source>
            <translation>If a supervisor must take a duplicate claim, write the reason here (recorded in the audit log; shown at review and approval)</translation>
        </message>
        <message>
            <source>受理并保存</source>
            <translation>Accept and save</translation>
        </message>
        <message>
            <source>打印受理回执…</source>
            <translation>Print claim receipt…</translation>
        </message>
        <message>
            <source>会员</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>输入或扫描身份证号码后按回车</source>
            <translation>Type or scan the ID card number, then press Enter</translation>
        </message>
        <message>
            <source>计划</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>份数</source>
            <translation>Shares</translation>
        </message>
        <message>
            <source>起</source>
            <translation>From</translation>
        </message>
        <message>
            <source>止</source>
            <translation>To</translation>
        </message>
        <message>
            <source>观察期满</source>
            <translation>Waiting period ends</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>计算给付</source>
            <translation>Computed benefit</translation>
        </message>
        <message>
            <source>证件号码：</source>
            <translation>ID number:</translation>
        </message>
        <message>
            <source>申请</source>
            <translation>Claim</translation>
        </message>
        <message>
            <source>保障计划</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>申请类别</source>
            <translation>Claim type</translation>
        </message>
        <message>
            <source>受理回执 {n}</source>
            <translation>Claim receipt {n}</translation>
        </message>
        <message>
            <source>。可打印受理回执；请输入下一位申请人的证件号码。</source>
            <translation>. You can print the claim receipt; enter the next applicant's ID number.</translation>
        </message>
        <message>
            <source>材料清单（勾选已收到）</source>
            <translation>Documents (tick those received)</translation>
        </message>
        <message>
            <source>给付金额达到省办事处审批标准，须报省办事处批准</source>
            <translation>The benefit reaches the provincial office's approval threshold; the provincial office must approve it</translation>
        </message>
        <message>
            <source>重复申请：与 {c} 重复。同一次住院、同一诊断或同一发票只能申请一次。</source>
            <translation>Duplicate claim: repeats {c}. A hospital stay, diagnosis or invoice can be claimed only once.</translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <source>如确需受理，请在下面写明原因后再受理。</source>
            <translation>If it must be taken, write the reason below, then take it.</translation>
        </message>
        <message>
            <source>如确需受理，请交主管办理。</source>
            <translation>If it must be taken, pass it to a supervisor.</translation>
        </message>
        <message>
            <source>受理理赔申请</source>
            <translation>Take a claim</translation>
        </message>
        <message>
            <source>已受理 {n}，计算给付 {a} 元</source>
            <translation>Claim {n} taken; computed benefit ¥{a}</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>；待补件：{m}</source>
            <translation>; documents missing: {m}</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>办理离职</source>
            <translation>Record leaving</translation>
        </message>
        <message>
            <source>离职日期</source>
            <translation>Leaving date</translation>
        </message>
        <message>
            <source>原因（可不填）</source>
            <translation>Reason (optional)</translation>
        </message>
        <message>
            <source>减员 — {n}</source>
            <translation>Leavers — {n}</translation>
        </message>
        <message>
            <source>按姓名或证件号码筛选</source>
            <translation>Filter by name or ID number</translation>
        </message>
        <message>
            <source>如：离职、调出本单位、死亡</source>
            <translation>e.g. left the job, transferred out of the unit, died</translation>
        </message>
        <message>
            <source>离开日期(&amp;D)</source>
            <translation>Leaving &amp;date</translation>
        </message>
        <message>
            <source>减员原因(&amp;R)</source>
            <translation>&amp;Reason for leaving</translation>
        </message>
        <message>
            <source>确认减员(&amp;S)</source>
            <translation>Confirm and &amp;save</translation>
        </message>
        <message>
            <source>{n}：生效前减员，保障作废，退费 {a} 元</source>
            <translation>{n}: leaves before cover starts; cover cancelled, refund ¥{a}</translation>
        </message>
        <message>
            <source>{n}：已生效，不退费，保障至 {d} 止</source>
            <translation>{n}: cover in force, no refund; covered until {d}</translation>
        </message>
        <message>
            <source>退费合计</source>
            <translation>Total refund</translation>
        </message>
        <message>
            <source>请勾选要减员的人员。</source>
            <translation>Tick the people who are leaving.</translation>
        </message>
        <message>
            <source>减员</source>
            <translation>Leavers</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>已锁定 — 职工互助保障代办系统</source>
            <translation>Locked — Workers' Mutual Aid Desk</translation>
        </message>
        <message>
            <source>桌面已锁定。{name}（{user}），请输入密码继续；其他人请点“切换用户”。</source>
            <translation>The desk is locked. {name} ({user}), enter your password to continue; anyone else, click "Switch user".</translation>
        </message>
        <message>
            <source>解锁</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>切换用户</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>Password</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>登录 — 职工互助保障代办系统</source>
            <translation>Log in — Workers' Mutual Aid Desk</translation>
        </message>
        <message>
            <source>登录</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>这是演示数据库。演示操作员：{names}；密码均为 {password}。</source>
            <translation>This is the demo database. Demo operators: {names}; the password of each is {password}.</translation>
        </message>
        <message>
            <source>请输入用户名。</source>
            <translation>Please enter a username.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>此页面打开时出错，详情已写入日志。请把日志文件交给技术支持。</source>
            <translation>This page failed to open; the details are in the log file. Please send the log file to support.</translation>
        </message>
        <message>
            <source>切换用户</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <source>操作员(&amp;O)</source>
            <translation>&amp;Operator</translation>
        </message>
        <message>
            <source>修改密码…</source>
            <translation>Change password…</translation>
        </message>
        <message>
            <source>锁定</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>密码已修改。</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <source>操作员：{name}（{role}）</source>
            <translation>Operator: {name} ({role})</translation>
        </message>
        <message>
            <source>代办处：{code} {name}</source>
            <translation>Office: {code} {name}</translation>
        </message>
        <message>
            <source>上次同步：尚未同步</source>
            <translation>Last sync: never</translation>
        </message>
        <message>
            <source>上次同步：{when}</source>
            <translation>Last sync: {when}</translation>
        </message>
        <message>
            <source>职工互助保障代办系统</source>
            <translation>Workers' Mutual Aid Desk</translation>
        </message>
        <message>
            <source>已自动备份：{p}</source>
            <translation>Backed up automatically: {p}</translation>
        </message>
        <message>
            <source>自动备份失败：{e}</source>
            <translation>Automatic backup failed: {e}</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceBox</name>
        <message>
            <source>维护</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <source>导出诊断信息…</source>
            <translation>Export diagnostics…</translation>
        </message>
        <message>
            <source>重新运行首次设置向导…</source>
            <translation>Run the first-run wizard again…</translation>
        </message>
        <message>
            <source>备份到…</source>
            <translation>Back up to…</translation>
        </message>
        <message>
            <source>从备份恢复…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <source>导出诊断信息</source>
            <translation>Export diagnostics</translation>
        </message>
        <message>
            <source>压缩文件 (*.zip)</source>
            <translation>ZIP archives (*.zip)</translation>
        </message>
        <message>
            <source>正在导出诊断信息…</source>
            <translation>Exporting diagnostics…</translation>
        </message>
        <message>
            <source>诊断信息已保存到 {p}（不含数据库和个人信息），可发给技术支持。</source>
            <translation>Diagnostics saved to {p} (without the database or personal data); you can send it to support.</translation>
        </message>
        <message>
            <source>备份到</source>
            <translation>Back up to</translation>
        </message>
        <message>
            <source>备份文件 (*.sqlite3 *.hzbk)</source>
            <translation>Backup files (*.sqlite3 *.hzbk)</translation>
        </message>
        <message>
            <source>正在备份…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>备份口令</source>
            <translation>Backup passphrase</translation>
        </message>
        <message>
            <source>备份口令（留空则不加密；恢复时需要它，请另行妥善保管）：</source>
            <translation>Backup passphrase (leave empty for no encryption; a restore needs it, so keep it safe elsewhere):</translation>
        </message>
        <message>
            <source>再次输入备份口令：</source>
            <translation>Enter the backup passphrase again:</translation>
        </message>
        <message>
            <source>两次输入的备份口令不一致，未备份。请重新操作。</source>
            <translation>The two passphrases differ; nothing was backed up. Please try again.</translation>
        </message>
        <message>
            <source>已加密备份到 {p}（{kb} KB）。恢复时需要备份口令。</source>
            <translation>Encrypted backup written to {p} ({kb} KB). A restore needs the backup passphrase.</translation>
        </message>
        <message>
            <source>已备份到 {p}（{kb} KB）。</source>
            <translation>Backup written to {p} ({kb} KB).</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>选择备份文件</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <source>备份文件 (*.sqlite3 *.hzbk);;所有文件 (*)</source>
            <translation>Backup files (*.sqlite3 *.hzbk);;All files (*)</translation>
        </message>
        <message>
            <source>将用备份 {f} 替换本机的全部数据（恢复前会先检查备份；当前数据库另存保留）。恢复后程序将关闭，请重新启动。是否继续？</source>
            <translation>All data on this computer will be replaced by the backup {f} (the backup is checked first; the current database is kept aside). The program closes after the restore; start it again. Continue?</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>修改会员</source>
            <translation>Edit member</translation>
        </message>
        <message>
            <source>登记会员</source>
            <translation>Register member</translation>
        </message>
        <message>
            <source>（按身份证）</source>
            <translation>(from ID card)</translation>
        </message>
        <message>
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>证件类型</source>
            <translation>ID type</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>手机/电话</source>
            <translation>Mobile/phone</translation>
        </message>
        <message>
            <source>群体类别</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>开户银行</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>银行账号</source>
            <translation>Bank account</translation>
        </message>
        <message>
            <source>{sex}，{birth} 出生</source>
            <translation>{sex}, born {birth}</translation>
        </message>
        <message>
            <source>出生日期请写成 YYYY-MM-DD，如 1990-01-31。</source>
            <translation>Write the date of birth as YYYY-MM-DD, e.g. 1990-01-31.</translation>
        </message>
        <message>
            <source>请先选择单位。</source>
            <translation>Choose a unit first.</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>群体</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>离职 {d}</source>
            <translation>Left {d}</translation>
        </message>
        <message>
            <source>在职</source>
            <translation>Employed</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <source>身份证号、尾号、姓名、拼音首字母（如 zs）或电话，边输边查</source>
            <translation>ID number, its last digits, name, pinyin initials (e.g. zs) or phone; searches as you type</translation>
        </message>
        <message>
            <source>只看在职</source>
            <translation>Employed only</translation>
        </message>
        <message>
            <source>登记会员…</source>
            <translation>Register member…</translation>
        </message>
        <message>
            <source>修改…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>查看…</source>
            <translation>View…</translation>
        </message>
        <message>
            <source>调动…</source>
            <translation>Transfer…</translation>
        </message>
        <message>
            <source>离职…</source>
            <translation>Leaving…</translation>
        </message>
        <message>
            <source>重新在职…</source>
            <translation>Rejoin…</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>证件</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>群体类别</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>开户银行/账号</source>
            <translation>Bank/account</translation>
        </message>
        <message>
            <source>登记时间</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>参保编号</source>
            <translation>Enrolment number</translation>
        </message>
        <message>
            <source>保障计划</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>份数</source>
            <translation>Shares</translation>
        </message>
        <message>
            <source>起始日</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>终止日</source>
            <translation>End</translation>
        </message>
        <message>
            <source>等待期至</source>
            <translation>Waiting period until</translation>
        </message>
        <message>
            <source>保费（元）</source>
            <translation>Fee (¥)</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>基本信息</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>保障</source>
            <translation>Cover</translation>
        </message>
        <message>
            <source>变更历史</source>
            <translation>Change history</translation>
        </message>
        <message>
            <source>共 {n} 人</source>
            <translation>{n} people</translation>
        </message>
        <message>
            <source>保障起始于 {p} 的参保会员</source>
            <translation>Members with cover starting {p}</translation>
        </message>
        <message>
            <source>（{d} 离职）</source>
            <translation>(left {d})</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>会员列表</source>
            <translation>Member list</translation>
        </message>
        <message>
            <source>查找：{t}</source>
            <translation>Find: {t}</translation>
        </message>
    </context>
    <context>
        <name>MembersStep</name>
        <message>
            <source>第三步：参保人员</source>
            <translation>Step 3: Members to enrol</translation>
        </message>
        <message>
            <source>按姓名筛选</source>
            <translation>Filter by name</translation>
        </message>
        <message>
            <source>全选(&amp;A)</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <source>全不选(&amp;N)</source>
            <translation>Select &amp;none</translation>
        </message>
        <message>
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>{name}  {sex}  {age}岁  {id}</source>
            <translation>{name}  {sex}  age {age}  {id}</translation>
        </message>
        <message>
            <source>已选 {0} / {1} 人</source>
            <translation>{0} of {1} selected</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>调动单位</source>
            <translation>Transfer to another unit</translation>
        </message>
        <message>
            <source>调入单位</source>
            <translation>New unit</translation>
        </message>
    </context>
    <context>
        <name>OfficesPage</name>
        <message>
            <source>登记代办处…</source>
            <translation>Register office…</translation>
        </message>
        <message>
            <source>恢复同步链</source>
            <translation>Restore sync chain</translation>
        </message>
        <message>
            <source>同步链断了（缺包、哈希不符）时，允许所选代办处的下一个全量同步包重新开始同步链。</source>
            <translation>When the sync chain is broken (missing package, hash mismatch), let the selected office's next full sync package start the chain again.</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>代码</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>代办处</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>最后同步包号</source>
            <translation>Last package no.</translation>
        </message>
        <message>
            <source>最后接收时间</source>
            <translation>Last received</translation>
        </message>
        <message>
            <source>断档</source>
            <translation>Gaps</translation>
        </message>
        <message>
            <source>拒收</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>提醒（未发回）</source>
            <translation>Alerts (not sent back)</translation>
        </message>
        <message>
            <source>待审批理赔</source>
            <translation>Claims to approve</translation>
        </message>
        <message>
            <source>参保人数</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>覆盖率（%）</source>
            <translation>Coverage (%)</translation>
        </message>
        <message>
            <source>覆盖率目标（%）</source>
            <translation>Coverage target (%)</translation>
        </message>
        <message>
            <source>办事处</source>
            <translation>Offices</translation>
        </message>
        <message>
            <source>允许代办处 {code}（{name}）重新同步？该代办处须导出全量同步包（同步 → 全量导出，或 huzhu sync export --full），省办事处接收后同步链重新开始；已收到的包保持不变。</source>
            <translation>Let office {code} ({name}) sync again? The office must export a full sync package (Sync → Full export, or huzhu sync export --full); once the provincial office receives it, the sync chain starts again. Packages already received stay unchanged.</translation>
        </message>
        <message>
            <source>已允许代办处 {code} 重新同步：请该代办处导出全量同步包后接收。此前已收到第 {last} 号包。</source>
            <translation>Office {code} may sync again: have it export a full sync package, then receive it. Package no. {last} was the last one received.</translation>
        </message>
        <message>
            <source>保存代办处文件</source>
            <translation>Save office file</translation>
        </message>
        <message>
            <source>代办处文件 (*.hzo)</source>
            <translation>Office files (*.hzo)</translation>
        </message>
        <message>
            <source>登记代办处</source>
            <translation>Register office</translation>
        </message>
        <message>
            <source>已登记代办处 {code}（{name}），代办处文件：{file}
省办事处密钥指纹：{fp}。该文件含代办处私钥，请当面交付。</source>
            <translation>Office {code} ({name}) registered; office file: {file}
Provincial office key fingerprint: {fp}. The file holds the office's private key: hand it over in person.</translation>
        </message>
    </context>
    <context>
        <name>OperatorsBox</name>
        <message>
            <source>操作员</source>
            <translation>Operators</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>新增操作员…</source>
            <translation>Add operator…</translation>
        </message>
        <message>
            <source>解锁所选操作员</source>
            <translation>Unlock selected operator</translation>
        </message>
        <message>
            <source>重置密码…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>Disable</translation>
        </message>
        <message>
            <source>启用</source>
            <translation>Enable</translation>
        </message>
        <message>
            <source>已停用</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>已锁定至 {t}</source>
            <translation>Locked until {t}</translation>
        </message>
        <message>
            <source>正常</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>新增操作员</source>
            <translation>Add operator</translation>
        </message>
        <message>
            <source>解锁操作员</source>
            <translation>Unlock operator</translation>
        </message>
        <message>
            <source>启用操作员</source>
            <translation>Enable operator</translation>
        </message>
        <message>
            <source>停用操作员</source>
            <translation>Disable operator</translation>
        </message>
    </context>
    <context>
        <name>OperatorsPage</name>
        <message>
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>修改密码…</source>
            <translation>Change password…</translation>
        </message>
        <message>
            <source>添加操作员…</source>
            <translation>Add operator…</translation>
        </message>
        <message>
            <source>核验审计日志</source>
            <translation>Verify audit log</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>Operators</translation>
        </message>
        <message>
            <source>密码已修改。</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <source>添加操作员</source>
            <translation>Add operator</translation>
        </message>
        <message>
            <source>已添加操作员 {u}（{r}）</source>
            <translation>Operator {u} added ({r})</translation>
        </message>
        <message>
            <source>审计日志完好：{n} 条记录。</source>
            <translation>The audit log is intact: {n} records.</translation>
        </message>
        <message>
            <source>审计日志被改动：{r}</source>
            <translation>The audit log was altered: {r}</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>主管审批例外</source>
            <translation>Supervisor override</translation>
        </message>
        <message>
            <source>以下规则未满足，须由主管登录并填写理由：</source>
            <translation>These rules are not met; a supervisor must sign in and give a reason:</translation>
        </message>
        <message>
            <source>如：单位改制，余员下月补办</source>
            <translation>E.g. unit restructured, remaining staff enrol next month</translation>
        </message>
        <message>
            <source>主管用户名(&amp;U)</source>
            <translation>Supervisor &amp;username</translation>
        </message>
        <message>
            <source>密码(&amp;P)</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>审批理由(&amp;R)</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>请填写审批理由。</source>
            <translation>Please give a reason.</translation>
        </message>
        <message>
            <source>{0} 不是主管，不能审批例外。</source>
            <translation>{0} is not a supervisor and cannot approve an override.</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>登记合作机构</source>
            <translation>Register partner</translation>
        </message>
        <message>
            <source>每行一项，如：目录内药品9折</source>
            <translation>One per line, e.g. 10% off listed medicines</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>协议起</source>
            <translation>Agreement from</translation>
        </message>
        <message>
            <source>协议止</source>
            <translation>Agreement until</translation>
        </message>
        <message>
            <source>会员优惠</source>
            <translation>Member benefits</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
    </context>
    <context>
        <name>PartnersTab</name>
        <message>
            <source>合作机构</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>会员优惠或服务</source>
            <translation>Member benefits or services</translation>
        </message>
        <message>
            <source>有效期</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>联系人及电话</source>
            <translation>Contact and phone</translation>
        </message>
        <message>
            <source>会员核验：扫描凭证二维码或输入证件号码，按回车</source>
            <translation>Member check: scan the certificate's QR code or type the ID number, then press Enter</translation>
        </message>
        <message>
            <source>打印合作机构名单…</source>
            <translation>Print partner list…</translation>
        </message>
        <message>
            <source>合作机构名单</source>
            <translation>Partner list</translation>
        </message>
        <message>
            <source>打印核验说明…</source>
            <translation>Print check instructions…</translation>
        </message>
        <message>
            <source>会员核验说明</source>
            <translation>Member check instructions</translation>
        </message>
        <message>
            <source>登记合作机构…</source>
            <translation>Register partner…</translation>
        </message>
        <message>
            <source>读取合作机构</source>
            <translation>Load partners</translation>
        </message>
        <message>
            <source>会员核验</source>
            <translation>Member check</translation>
        </message>
        <message>
            <source>保障计划：</source>
            <translation>Plans:</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>原密码</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>新密码</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>再输一次新密码</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <source>两次输入的新密码不一致。</source>
            <translation>The two new passwords differ.</translation>
        </message>
        <message>
            <source>重置密码 — {u}</source>
            <translation>Reset password — {u}</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>再次输入新密码</source>
            <translation>Repeat new password</translation>
        </message>
    </context>
    <context>
        <name>PayDialog</name>
        <message>
            <source>{a} 元（大写：{c}）</source>
            <translation>¥{a} (in words: {c})</translation>
        </message>
        <message>
            <source>登记支付 {n}</source>
            <translation>Record payment {n}</translation>
        </message>
        <message>
            <source>向 {m} 支付 {a}</source>
            <translation>Pay {a} to {m}</translation>
        </message>
        <message>
            <source>凭证号或转账流水号</source>
            <translation>Voucher or transfer reference number</translation>
        </message>
        <message>
            <source>会员未登记开户银行</source>
            <translation>The member has no bank registered</translation>
        </message>
        <message>
            <source>会员未登记银行账号</source>
            <translation>The member has no bank account registered</translation>
        </message>
        <message>
            <source>确认支付</source>
            <translation>Confirm payment</translation>
        </message>
        <message>
            <source>计算过程</source>
            <translation>Calculation</translation>
        </message>
        <message>
            <source>支付方式</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>凭证号</source>
            <translation>Voucher no.</translation>
        </message>
        <message>
            <source>支付日期</source>
            <translation>Payment date</translation>
        </message>
        <message>
            <source>开户银行（空：会员登记的）</source>
            <translation>Bank (empty: the member's registered bank)</translation>
        </message>
        <message>
            <source>银行账号（空：会员登记的）</source>
            <translation>Bank account (empty: the member's registered account)</translation>
        </message>
    </context>
    <context>
        <name>PaymentBox</name>
        <message>
            <source>{l} {a} 元（大写：{c}）</source>
            <translation>{l} ¥{a} (in words: {c})</translation>
        </message>
        <message>
            <source>退费</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>收款</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>（元）</source>
            <translation>(¥)</translation>
        </message>
        <message>
            <source>转账流水号、支票号或收款凭证号</source>
            <translation>Transfer reference, cheque number or receipt voucher number</translation>
        </message>
        <message>
            <source>退费方式(&amp;M)</source>
            <translation>Refund &amp;method</translation>
        </message>
        <message>
            <source>收款方式(&amp;M)</source>
            <translation>Payment &amp;method</translation>
        </message>
        <message>
            <source>凭证号(&amp;V)</source>
            <translation>&amp;Voucher no.</translation>
        </message>
        <message>
            <source>退费日期</source>
            <translation>Refund date</translation>
        </message>
        <message>
            <source>缴费日期(&amp;P)</source>
            <translation>&amp;Payment date</translation>
        </message>
        <message>
            <source>退费金额</source>
            <translation>Refund amount</translation>
        </message>
        <message>
            <source>应缴会费</source>
            <translation>Fee due</translation>
        </message>
        <message>
            <source>金额应为不小于 0、最多两位小数的元数，如 1234.50。</source>
            <translation>Enter an amount in yuan, at least 0, with at most two decimals, e.g. 1234.50.</translation>
        </message>
        <message>
            <source>各付款方合计 {a} 元，与应缴 {b} 元相差 {c} 元。</source>
            <translation>The payers add up to ¥{a}, ¥{c} away from the ¥{b} due.</translation>
        </message>
        <message>
            <source>退费日期不能晚于今天（{t}）。</source>
            <translation>The refund date cannot be after today ({t}).</translation>
        </message>
        <message>
            <source>缴费日期不能晚于今天（{t}）。</source>
            <translation>The payment date cannot be after today ({t}).</translation>
        </message>
    </context>
    <context>
        <name>PaymentStep</name>
        <message>
            <source>第五步：缴费分摊</source>
            <translation>Step 5: Fee split</translation>
        </message>
        <message>
            <source>（元）</source>
            <translation>(¥)</translation>
        </message>
        <message>
            <source>应缴会费 {0} 元</source>
            <translation>Fee due: ¥{0}</translation>
        </message>
        <message>
            <source>金额应为不小于 0、最多两位小数的元数。</source>
            <translation>Enter an amount in yuan, at least 0, with at most two decimals.</translation>
        </message>
        <message>
            <source>尚需分摊 {0} 元</source>
            <translation>¥{0} still to split</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>尚未生成文书</source>
            <translation>No document yet</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>另存为 PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message numerus="yes">
            <source>共 %n 页</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>正在打印…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>另存为 PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>工作台将显示今日待办：待审核和待审批的理赔、即将到期的参保单位、超过服务承诺时限的案件、距上次同步的天数，以及本年度参保人数和理赔金额的概况。</source>
            <translation>The home page will show today's work: claims waiting for review and approval, units whose cover ends soon, cases past the service promise, days since the last sync, and this year's members covered and benefits paid.</translation>
        </message>
        <message>
            <source>单位页面将用于登记和修改参保单位（统一社会信用代码、工会名称、联系人、在职职工数），并按名称或代码查找单位。</source>
            <translation>The units page will register and edit member units (unified social credit code, union name, contact, headcount) and find units by name or code.</translation>
        </message>
        <message>
            <source>会员页面将用于登记和查找职工会员（按身份证号或姓名拼音首字母），查看其所在单位、参保记录和理赔记录。</source>
            <translation>The members page will register and find workers (by ID number or name initials) and show their unit, cover and claims.</translation>
        </message>
        <message>
            <source>参保页面将用于办理单位集体参保：导入花名册（Excel）、选择保障计划和份数、核对参保规则、登记缴费并生成参保凭证。</source>
            <translation>The enrolment page will enrol units: import the roster (Excel), choose plans and shares, check the rules, record the payment and issue certificates.</translation>
        </message>
        <message>
            <source>理赔页面将用于受理、审核、审批和给付互助金：录入医疗费用、按计划规则计算给付金额，并记录每一步的经办人。</source>
            <translation>The claims page will take, review, approve and pay claims: enter medical costs, compute the benefit by the plan's rules and record who did each step.</translation>
        </message>
        <message>
            <source>打印页面将用于打印和补打参保凭证、给付通知书和收据（A4 或套打），带预览和二维码校验。</source>
            <translation>The printing page will print and reprint certificates, benefit notices and receipts (A4 or pre-printed forms), with preview and QR code checks.</translation>
        </message>
        <message>
            <source>同步页面将用于生成发往省办事处的数据包、导入省办事处的回执包，并显示同步记录。</source>
            <translation>The sync page will make packages for the provincial office, import its return packages and show the sync history.</translation>
        </message>
        <message>
            <source>报表页面将提供参保、理赔和资金的统计报表，并可导出为 Excel 文件。</source>
            <translation>The reports page will give statistics on enrolment, claims and funds, exportable to Excel.</translation>
        </message>
        <message>
            <source>本页面尚未建成，以上功能将在后续版本中提供；目前不能在此办理业务。</source>
            <translation>This page is not built yet. The work described above will come in a later version; it cannot be done here yet.</translation>
        </message>
    </context>
    <context>
        <name>PlansStep</name>
        <message>
            <source>第二步：保障计划、份数和生效日</source>
            <translation>Step 2: Plans, shares and start date</translation>
        </message>
        <message>
            <source>赠送项目（上级工会全额赠送，免参保率）</source>
            <translation>Gifted plans (paid in full by the higher-level union; no enrolment rate needed)</translation>
        </message>
        <message>
            <source> 份</source>
            <translation> shares</translation>
        </message>
        <message>
            <source>{0} 元/份</source>
            <translation>¥{0} per share</translation>
        </message>
        <message>
            <source>生效日(&amp;D)</source>
            <translation>Start &amp;date</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>参保凭证 {n}</source>
            <translation>Certificate of cover {n}</translation>
        </message>
        <message>
            <source>收款收据</source>
            <translation>Receipt</translation>
        </message>
    </context>
    <context>
        <name>PrinterChoices</name>
        <message>
            <source>系统默认打印机</source>
            <translation>System default printer</translation>
        </message>
        <message>
            <source>打印校准页</source>
            <translation>Print calibration page</translation>
        </message>
    </context>
    <context>
        <name>PrintersBox</name>
        <message>
            <source>默认打印机（本机）</source>
            <translation>Default printers (this computer)</translation>
        </message>
        <message>
            <source>打印字体</source>
            <translation>Print font</translation>
        </message>
        <message>
            <source>保存打印机设置</source>
            <translation>Save printer settings</translation>
        </message>
        <message>
            <source>无法保存：{e}</source>
            <translation>Cannot save: {e}</translation>
        </message>
        <message>
            <source>已保存。</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>PrintersPage</name>
        <message>
            <source>打印机</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>为每种单据选择默认打印机；套打单据请打印校准页并量出偏差。</source>
            <translation>Choose a default printer for each document type; for pre-printed forms, print the calibration page and measure the offset.</translation>
        </message>
        <message>
            <source>校准页已生成：{p}。打印后在“打印 → 套打校准”中填写偏差。</source>
            <translation>Calibration page made: {p}. Print it, then enter the offset under Printing → Pre-printed form calibration.</translation>
        </message>
    </context>
    <context>
        <name>PrintingPage</name>
        <message>
            <source>会员参保凭证</source>
            <translation>Member certificate of cover</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>单位参保凭证（含名单）</source>
            <translation>Unit certificate of cover (with list)</translation>
        </message>
        <message>
            <source>统一社会信用代码</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <source>参保单全部会员凭证（批量）</source>
            <translation>All member certificates of an enrolment (batch)</translation>
        </message>
        <message>
            <source>参保单号</source>
            <translation>Enrolment number</translation>
        </message>
        <message>
            <source>互助费收款收据</source>
            <translation>Fee receipt</translation>
        </message>
        <message>
            <source>收据编号</source>
            <translation>Receipt number</translation>
        </message>
        <message>
            <source>理赔受理回执</source>
            <translation>Claim receipt</translation>
        </message>
        <message>
            <source>理赔编号</source>
            <translation>Claim number</translation>
        </message>
        <message>
            <source>给付/不予给付通知书</source>
            <translation>Benefit / no-benefit notice</translation>
        </message>
        <message>
            <source>生成文书</source>
            <translation>Make document</translation>
        </message>
        <message>
            <source>套打到预印收据</source>
            <translation>Print onto pre-printed receipt</translation>
        </message>
        <message>
            <source>含背面：合作机构名单（双面打印）</source>
            <translation>With back page: partner list (print double-sided)</translation>
        </message>
        <message>
            <source>每张凭证后附一页打印日有效的优惠合作机构，打印机选双面</source>
            <translation>Each certificate gets a back page listing the partners whose offers are valid on the print date; set the printer to double-sided</translation>
        </message>
        <message>
            <source>生成并预览</source>
            <translation>Make and preview</translation>
        </message>
        <message>
            <source>文书</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>生成即登记：凭证首次生成时编号，再次生成记为补打。</source>
            <translation>Making a document registers it: a certificate gets its number the first time; later copies count as reprints.</translation>
        </message>
        <message>
            <source>请先填写%1。</source>
            <translation>Please fill in %1 first.</translation>
        </message>
        <message>
            <source>已生成 %1，共 %2 页</source>
            <translation>Made %1, %2 pages</translation>
        </message>
        <message>
            <source>（补打 %1 份）</source>
            <translation>(reprint %1)</translation>
        </message>
        <message>
            <source>二维码验真</source>
            <translation>QR code check</translation>
        </message>
        <message>
            <source>用扫码枪扫描凭证或收据上的二维码</source>
            <translation>Scan the QR code on a certificate or receipt</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>无效</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>本处没有该编号的记录（可能由其他代办处签发）</source>
            <translation>No record of this number here (another office may have issued it)</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>登记代办处</source>
            <translation>Register office</translation>
        </message>
        <message>
            <source>8位代办处代码，如 61020401</source>
            <translation>8-digit office code, e.g. 61020401</translation>
        </message>
        <message>
            <source>代办处代码</source>
            <translation>Office code</translation>
        </message>
        <message>
            <source>代办处名称</source>
            <translation>Office name</translation>
        </message>
    </context>
    <context>
        <name>RejoinDialog</name>
        <message>
            <source>重新在职</source>
            <translation>Rejoin</translation>
        </message>
        <message>
            <source>所在单位</source>
            <translation>Unit</translation>
        </message>
    </context>
    <context>
        <name>RenewalDialog</name>
        <message>
            <source>续保预览 — {n}</source>
            <translation>Renewal preview — {n}</translation>
        </message>
        <message>
            <source>确认续保(&amp;S)</source>
            <translation>Confirm and &amp;save</translation>
        </message>
        <message>
            <source>打印收款收据(&amp;R)…</source>
            <translation>Print &amp;receipt…</translation>
        </message>
        <message>
            <source>打印参保凭证(&amp;C)…</source>
            <translation>Print &amp;certificate…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>人员</source>
            <translation>People</translation>
        </message>
        <message>
            <source>规则检查</source>
            <translation>Rule checks</translation>
        </message>
        <message>
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <source>{c} {s} 份</source>
            <translation>{c} × {s} shares</translation>
        </message>
        <message>
            <source>续保 {old}：新保障期 {a} 至 {b}；计划 {plans}；续保 {n} 人（上期续保 {k} 人，新增在职 {h} 人）。</source>
            <translation>Renewal of {old}: new cover period {a} to {b}; plans {plans}; {n} people renewed ({k} from the last period, {h} newly employed).</translation>
        </message>
        <message>
            <source>续保</source>
            <translation>Renewal</translation>
        </message>
        <message>
            <source>新增在职</source>
            <translation>Newly employed</translation>
        </message>
        <message>
            <source>不再续保：离职或调出</source>
            <translation>Not renewed: left or transferred</translation>
        </message>
        <message>
            <source>不再续保：超龄</source>
            <translation>Not renewed: over age</translation>
        </message>
        <message>
            <source>{l}（{n} 人）</source>
            <translation>{l} ({n} people)</translation>
        </message>
        <message>
            <source>应缴会费</source>
            <translation>Fee due</translation>
        </message>
        <message>
            <source>已续保：新参保单 {n}，{m} 人。</source>
            <translation>Renewed: new enrolment {n}, {m} people.</translation>
        </message>
        <message>
            <source>已收会费</source>
            <translation>Fee received</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>导出 Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>导出 PDF…</source>
            <translation>Export to PDF…</translation>
        </message>
        <message>
            <source>全省工作落实情况报表（报省总工会）　年度</source>
            <translation>Provincial work progress report (for the provincial federation of trade unions)  Year</translation>
        </message>
        <message>
            <source>八大群体赠送情况</source>
            <translation>Gifts to the eight priority groups</translation>
        </message>
        <message>
            <source>报表</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>保存报表</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>已保存：{p}</source>
            <translation>Saved: {p}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>单位对账单：统一社会信用代码</source>
            <translation>Unit statement: unified social credit code</translation>
        </message>
        <message>
            <source>保存为 Excel(&amp;S)…</source>
            <translation>&amp;Save as Excel…</translation>
        </message>
        <message>
            <source>报表</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <source>统计期间</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>设定年度指标…</source>
            <translation>Set annual targets…</translation>
        </message>
        <message>
            <source>年度指标</source>
            <translation>Annual targets</translation>
        </message>
        <message>
            <source>逆选择监测（主管）</source>
            <translation>Adverse selection watch (supervisor)</translation>
        </message>
        <message>
            <source>检查本期间</source>
            <translation>Check this period</translation>
        </message>
        <message>
            <source>保存报表</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>生成报表</source>
            <translation>Make report</translation>
        </message>
        <message>
            <source>已保存：{path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <source>逆选择监测</source>
            <translation>Adverse selection watch</translation>
        </message>
        <message>
            <source>本期间没有需要关注的单位、参保单或理赔。</source>
            <translation>No units, enrolments or claims need attention in this period.</translation>
        </message>
    </context>
    <context>
        <name>RosterImportDialog</name>
        <message>
            <source>花名册 (*.xlsx *.xls *.csv)</source>
            <translation>Rosters (*.xlsx *.xls *.csv)</translation>
        </message>
        <message>
            <source>导入花名册 — {0}</source>
            <translation>Import roster — {0}</translation>
        </message>
        <message>
            <source>单位交来的 .xlsx、.xls 或 .csv 文件</source>
            <translation>The .xlsx, .xls or .csv file from the unit</translation>
        </message>
        <message>
            <source>输入单位名称或信用代码的一部分，回车选定</source>
            <translation>Type part of the unit name or credit code; press Enter to choose</translation>
        </message>
        <message>
            <source>选择文件…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>跳过有问题的行（其余各行在参保规则仍满足时导入）</source>
            <translation>Skip rows with problems (the others are imported if the enrolment rules still hold)</translation>
        </message>
        <message>
            <source>会费由单位缴纳，按导入人数计收</source>
            <translation>The unit pays the fee, charged by the number of people imported</translation>
        </message>
        <message>
            <source>参保单位(&amp;U)</source>
            <translation>Insured &amp;unit</translation>
        </message>
        <message>
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <source>计划和份数</source>
            <translation>Plans and shares</translation>
        </message>
        <message>
            <source>生效日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>问题</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>检查</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>保存错误报告…</source>
            <translation>Save error report…</translation>
        </message>
        <message>
            <source>下载模板…</source>
            <translation>Download template…</translation>
        </message>
        <message>
            <source>导出会员名单…</source>
            <translation>Export member list…</translation>
        </message>
        <message>
            <source>下载续保名单…</source>
            <translation>Download renewal list…</translation>
        </message>
        <message>
            <source>本单位最近一张参保单中仍在职的人员，交单位核对</source>
            <translation>The people on this unit's latest enrolment who are still employed, for the unit to check</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>打印参保凭证…</source>
            <translation>Print certificate…</translation>
        </message>
        <message>
            <source>打印收款收据…</source>
            <translation>Print receipt…</translation>
        </message>
        <message>
            <source>选择花名册</source>
            <translation>Choose roster</translation>
        </message>
        <message>
            <source>请先选择参保单位。</source>
            <translation>Choose the insured unit first.</translation>
        </message>
        <message>
            <source>请先选择单位交来的花名册文件。</source>
            <translation>Choose the roster file from the unit first.</translation>
        </message>
        <message>
            <source>检查花名册</source>
            <translation>Check roster</translation>
        </message>
        <message>
            <source>导入花名册</source>
            <translation>Import roster</translation>
        </message>
        <message>
            <source>已取消，未写入任何数据。</source>
            <translation>Cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>共 {0} 行，可导入 {1} 行，有问题 {2} 行。</source>
            <translation>{0} rows: {1} can be imported, {2} have problems.</translation>
        </message>
        <message>
            <source>已导入：新登记 {0} 人，参保单 {1}。</source>
            <translation>Imported: {0} new members, enrolment {1}.</translation>
        </message>
        <message>
            <source>可以打印参保凭证和收款收据。</source>
            <translation>You can print the certificate and the receipt.</translation>
        </message>
        <message>
            <source>检查通过，可以导入。</source>
            <translation>Check passed; ready to import.</translation>
        </message>
        <message>
            <source>检查未通过。</source>
            <translation>Check failed.</translation>
        </message>
        <message>
            <source>未导入，未写入任何数据。</source>
            <translation>Not imported; nothing was written.</translation>
        </message>
        <message>
            <source>保存错误报告</source>
            <translation>Save error report</translation>
        </message>
        <message>
            <source>{u}-错误报告.xlsx</source>
            <translation>{u}-error report.xlsx</translation>
        </message>
        <message>
            <source>保存花名册模板</source>
            <translation>Save roster template</translation>
        </message>
        <message>
            <source>{u}-花名册模板.xlsx</source>
            <translation>{u}-roster template.xlsx</translation>
        </message>
        <message>
            <source>生成模板</source>
            <translation>Make template</translation>
        </message>
        <message>
            <source>该单位还没有参保单，无法生成续保名单。</source>
            <translation>This unit has no enrolment yet, so there is no renewal list.</translation>
        </message>
        <message>
            <source>保存续保名单</source>
            <translation>Save renewal list</translation>
        </message>
        <message>
            <source>{u}-续保名单.xlsx</source>
            <translation>{u}-renewal list.xlsx</translation>
        </message>
        <message>
            <source>生成续保名单</source>
            <translation>Make renewal list</translation>
        </message>
        <message>
            <source>导出会员名单</source>
            <translation>Export member list</translation>
        </message>
        <message>
            <source>{u}-会员名单.xlsx</source>
            <translation>{u}-member list.xlsx</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>代办处设置</source>
            <translation>Office settings</translation>
        </message>
        <message>
            <source>使用</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>这么久没有键盘和鼠标操作时锁定桌面，需输入密码继续</source>
            <translation>Lock the desk after this long without keyboard or mouse use; the password is needed to continue</translation>
        </message>
        <message>
            <source>留空则使用数据文件夹中的 backups</source>
            <translation>Leave empty to use backups in the data folder</translation>
        </message>
        <message>
            <source>界面语言在重新启动程序后生效。</source>
            <translation>The language takes effect when the program is restarted.</translation>
        </message>
        <message>
            <source>保存设置</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>没有修改。</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <source>已保存。</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>关于</source>
            <translation>About</translation>
        </message>
        <message>
            <source>软件</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>职工互助保障代办系统</source>
            <translation>Workers' Mutual Aid Desk</translation>
        </message>
        <message>
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>数据库文件</source>
            <translation>Database file</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>欢迎使用职工互助保障代办系统</source>
            <translation>Welcome to Workers' Mutual Aid Desk</translation>
        </message>
        <message>
            <source>导入省办事处发给本代办处的代办处文件（.hzo）</source>
            <translation>Import the office file (.hzo) the provincial office issued to this office</translation>
        </message>
        <message>
            <source>创建演示代办处试用（含示例单位和会员）</source>
            <translation>Create a demo office to try it out (with sample units and members)</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>选择代办处文件</source>
            <translation>Choose office file</translation>
        </message>
        <message>
            <source>代办处文件 (*.hzo)</source>
            <translation>Office files (*.hzo)</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>立即导出同步包…</source>
            <translation>Export sync package now…</translation>
        </message>
        <message>
            <source>导入回执包…</source>
            <translation>Import return package…</translation>
        </message>
        <message>
            <source>同步包记录</source>
            <translation>Sync packages</translation>
        </message>
        <message>
            <source>方向</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>确认日期</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>省办事处提醒</source>
            <translation>Alerts from the provincial office</translation>
        </message>
        <message>
            <source>收到时间</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>提醒</source>
            <translation>Alert</translation>
        </message>
        <message>
            <source>标记为已处理</source>
            <translation>Mark as handled</translation>
        </message>
        <message>
            <source>从未导出</source>
            <translation>Never exported</translation>
        </message>
        <message>
            <source>上次导出：{last}；待同步变更 {n} 条</source>
            <translation>Last export: {last}; {n} changes waiting to sync</translation>
        </message>
        <message>
            <source>本数据库没有省办事处签发的同步密钥，不能同步。请用代办处文件初始化。</source>
            <translation>This database has no sync key from the provincial office, so it cannot sync. Initialise it with the office file.</translation>
        </message>
        <message>
            <source>已超过 {d} 天未同步，请尽快导出同步包交省办事处。</source>
            <translation>No sync for over {d} days; export a sync package for the provincial office soon.</translation>
        </message>
        <message>
            <source>上报</source>
            <translation>Outgoing</translation>
        </message>
        <message>
            <source>回执</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>已导出</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>省办事处已确认</source>
            <translation>Confirmed by the provincial office</translation>
        </message>
        <message>
            <source>已导入</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>选择同步包保存位置（如U盘）</source>
            <translation>Choose where to save the sync package (e.g. a USB drive)</translation>
        </message>
        <message>
            <source>导出同步包</source>
            <translation>Export sync package</translation>
        </message>
        <message>
            <source>已导出第 {seq} 号同步包（{rows} 行）：
{path}
请将该文件交省办事处。</source>
            <translation>Exported sync package no. {seq} ({rows} rows):
{path}
Please deliver this file to the provincial office.</translation>
        </message>
        <message>
            <source>选择省办事处回执包</source>
            <translation>Choose the return package from the provincial office</translation>
        </message>
        <message>
            <source>回执包 (*.hzr)</source>
            <translation>Return packages (*.hzr)</translation>
        </message>
        <message>
            <source>导入回执包</source>
            <translation>Import return package</translation>
        </message>
        <message>
            <source>第 {seq} 号回执包此前已导入，未作任何改动。</source>
            <translation>Return package no. {seq} was imported before; nothing changed.</translation>
        </message>
        <message>
            <source>已导入第 {seq} 号回执包：确认同步包 {acks} 个，新提醒 {alerts} 条，审批结果 {decisions} 条。</source>
            <translation>Imported return package no. {seq}: {acks} sync packages confirmed, {alerts} new alerts, {decisions} approval decisions.</translation>
        </message>
        <message>
            <source>标记提醒</source>
            <translation>Mark alert</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>设定年度指标</source>
            <translation>Set annual targets</translation>
        </message>
        <message>
            <source>如 60.5</source>
            <translation>e.g. 60.5</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>Year</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>修改单位</source>
            <translation>Edit unit</translation>
        </message>
        <message>
            <source>登记单位</source>
            <translation>Register unit</translation>
        </message>
        <message>
            <source>统一社会信用代码</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <source>单位名称</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <source>在职职工数</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>女职工数</source>
            <translation>Female employees</translation>
        </message>
        <message>
            <source>行业</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>工会名称</source>
            <translation>Union name</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
    </context>
    <context>
        <name>UnitStep</name>
        <message>
            <source>第一步：选择参保单位</source>
            <translation>Step 1: Choose the insured unit</translation>
        </message>
        <message>
            <source>单位名称、联系人或信用代码</source>
            <translation>Unit name, contact or credit code</translation>
        </message>
        <message>
            <source>{name}（{uscc}）  {n} 人</source>
            <translation>{name} ({uscc})  {n} people</translation>
        </message>
    </context>
    <context>
        <name>UnitsModel</name>
        <message>
            <source>单位名称</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <source>统一社会信用代码</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <source>在职职工</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>已登记会员</source>
            <translation>Registered members</translation>
        </message>
        <message>
            <source>行业</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>在用</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>Inactive</translation>
        </message>
    </context>
    <context>
        <name>UnitsPage</name>
        <message>
            <source>按单位名称、联系人或统一社会信用代码查找</source>
            <translation>Find by unit name, contact or unified social credit code</translation>
        </message>
        <message>
            <source>显示停用单位</source>
            <translation>Show inactive units</translation>
        </message>
        <message>
            <source>登记单位…</source>
            <translation>Register unit…</translation>
        </message>
        <message>
            <source>修改…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>查看…</source>
            <translation>View…</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>参保编号</source>
            <translation>Enrolment number</translation>
        </message>
        <message>
            <source>起始日</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>终止日</source>
            <translation>End</translation>
        </message>
        <message>
            <source>保障计划（份数）</source>
            <translation>Plans (shares)</translation>
        </message>
        <message>
            <source>人数</source>
            <translation>People</translation>
        </message>
        <message>
            <source>保费（元）</source>
            <translation>Fee (¥)</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>会员</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>参保记录</source>
            <translation>Enrolments</translation>
        </message>
        <message>
            <source>变更历史</source>
            <translation>Change history</translation>
        </message>
        <message>
            <source>保障起始于 {p} 的参保单位</source>
            <translation>Insured units with cover starting {p}</translation>
        </message>
        <message>
            <source>没有找到单位</source>
            <translation>No units found</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>{name}：在职职工 {h} 人（女 {f} 人），已登记会员 {m} 人</source>
            <translation>{name}: {h} employees ({f} women), {m} registered members</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>恢复单位</source>
            <translation>Reactivate unit</translation>
        </message>
        <message>
            <source>停用单位</source>
            <translation>Deactivate unit</translation>
        </message>
        <message>
            <source>查找：{t}</source>
            <translation>Find: {t}</translation>
        </message>
        <message>
            <source>单位列表</source>
            <translation>Unit list</translation>
        </message>
    </context>
    <context>
        <name>_StatusDialog</name>
        <message>
            <source>会员</source>
            <translation>Member</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>经办</source>
            <translation>clerk</translation>
        </message>
        <message>
            <source>审核</source>
            <translation>reviewer</translation>
        </message>
        <message>
            <source>主管</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>管理员</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>管理操作员</source>
            <translation>manage operators</translation>
        </message>
        <message>
            <source>修改设置</source>
            <translation>change settings</translation>
        </message>
        <message>
            <source>登记和修改单位</source>
            <translation>register and edit units</translation>
        </message>
        <message>
            <source>登记和修改会员</source>
            <translation>register and edit members</translation>
        </message>
        <message>
            <source>办理参保</source>
            <translation>enrol units</translation>
        </message>
        <message>
            <source>审批参保规则例外</source>
            <translation>approve enrolment rule overrides</translation>
        </message>
        <message>
            <source>撤销参保</source>
            <translation>revoke enrolments</translation>
        </message>
        <message>
            <source>受理理赔</source>
            <translation>take claims</translation>
        </message>
        <message>
            <source>审核理赔</source>
            <translation>review claims</translation>
        </message>
        <message>
            <source>审批理赔</source>
            <translation>approve claims</translation>
        </message>
        <message>
            <source>登记给付</source>
            <translation>record benefit payments</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>print</translation>
        </message>
        <message>
            <source>数据同步</source>
            <translation>sync data</translation>
        </message>
        <message>
            <source>备份数据</source>
            <translation>back up data</translation>
        </message>
        <message>
            <source>恢复数据</source>
            <translation>restore data</translation>
        </message>
        <message>
            <source>查看完整个人信息</source>
            <translation>see full personal data</translation>
        </message>
        <message>
            <source>查看报表</source>
            <translation>view reports</translation>
        </message>
        <message>
            <source>操作员 {user}（{role}）无权{what}；需要以下角色之一：{allowed}。</source>
            <translation>Operator {user} ({role}) may not do this ({what}); it needs one of these roles: {allowed}.</translation>
        </message>
        <message>
            <source>密码至少需要 {n} 个字符。</source>
            <translation>A password needs at least {n} characters.</translation>
        </message>
        <message>
            <source>用户名不能为空，且不超过40个字符。</source>
            <translation>A username must not be empty and has at most 40 characters.</translation>
        </message>
        <message>
            <source>用户名“{u}”已存在，请换一个。</source>
            <translation>The username "{u}" exists already; choose another.</translation>
        </message>
        <message>
            <source>没有名为“{u}”的操作员。</source>
            <translation>There is no operator named "{u}".</translation>
        </message>
        <message>
            <source>文件 {p} 已存在，请换一个文件名。</source>
            <translation>The file {p} exists already; choose another name.</translation>
        </message>
        <message>
            <source>找不到文件 {p}。</source>
            <translation>File {p} not found.</translation>
        </message>
        <message>
            <source>文件 {p} 不是完好的数据库备份（{d}），已拒绝恢复。</source>
            <translation>The file {p} is not an intact database backup ({d}); restore refused.</translation>
        </message>
        <message>
            <source>备份 {p} 的结构版本（{r}）不被本程序识别，可能来自更新的版本，已拒绝恢复。</source>
            <translation>This program does not know the schema version ({r}) of backup {p}; it may come from a newer version. Restore refused.</translation>
        </message>
        <message>
            <source>文件 {p} 不是互助保障代办系统的数据库备份，已拒绝恢复。</source>
            <translation>The file {p} is not a Mutual Aid Desk database backup; restore refused.</translation>
        </message>
        <message>
            <source>备份属于代办处 {theirs}，本机数据属于代办处 {ours}，不能恢复他处的备份。</source>
            <translation>The backup belongs to office {theirs}, the data here to office {ours}; another office's backup cannot be restored.</translation>
        </message>
        <message>
            <source>恢复失败：{e}。原数据库保存在 {k}。</source>
            <translation>Restore failed: {e}. The original database is kept at {k}.</translation>
        </message>
        <message>
            <source>给付互助金 {a} 元</source>
            <translation>Benefit payable: ¥{a}</translation>
        </message>
        <message>
            <source>政策内个人自付 {s} 元 − 起付额 {d} 元 = {b} 元{note}</source>
            <translation>Co-payment within policy ¥{s} − deductible ¥{d} = ¥{b}{note}</translation>
        </message>
        <message>
            <source>本保障期第 {n} 次给付住院</source>
            <translation>hospital stay no. {n} paid in this cover period</translation>
        </message>
        <message>
            <source>× {r}（{w}）= {p} 元</source>
            <translation>× {r} ({w}) = ¥{p}</translation>
        </message>
        <message>
            <source>限额 {c} 元 × {n} 份 − 本保障期已给付 {u} 元 = 剩余限额 {r} 元</source>
            <translation>Limit ¥{c} × {n} shares − ¥{u} paid in this cover period = ¥{r} remaining</translation>
        </message>
        <message>
            <source>剩余限额 {r} 元，给付 {a} 元</source>
            <translation>¥{r} of the limit remaining; benefit ¥{a}</translation>
        </message>
        <message>
            <source>住院 {a} 至 {d}：出院日 − 入院日 = {n} 天</source>
            <translation>In hospital {a} to {d}: discharge − admission = {n} days</translation>
        </message>
        <message>
            <source>伤残 {g} 级：{t} 元 × {p}% = {a} 元</source>
            <translation>Disability grade {g}: ¥{t} × {p}% = ¥{a}</translation>
        </message>
        <message>
            <source>本保障期已给付伤残 {d} 元，伤残合计不超过身故金额，剩余 {r} 元，给付 {a} 元</source>
            <translation>¥{d} already paid for disability in this cover period; disability benefits in total are capped at the death benefit: ¥{r} remaining, benefit ¥{a}</translation>
        </message>
        <message>
            <source>缺少事件日期（入院、确诊或出险日期），无法判断保障期。</source>
            <translation>The event date (admission, diagnosis or incident date) is missing, so the cover period cannot be determined.</translation>
        </message>
        <message>
            <source>事件日期 {d} 不在保障期 {s} 至 {e} 内。</source>
            <translation>The event date {d} is outside the cover period {s} to {e}.</translation>
        </message>
        <message>
            <source>本保障期已给付 {p} 天，上限 {m} 天，剩余 {l} 天；可给付 {n} 天</source>
            <translation>{p} days paid in this cover period, limit {m} days, {l} days remaining; {n} days payable</translation>
        </message>
        <message>
            <source>{n} 天 × {r} 元 × {s} 份 = {a} 元</source>
            <translation>{n} days × ¥{r} × {s} shares = ¥{a}</translation>
        </message>
        <message>
            <source>住院不足 {m} 天，不予给付津贴</source>
            <translation>Less than {m} days in hospital: no allowance payable</translation>
        </message>
        <message>
            <source>− 已给付轻度疾病 {m} 元 = {a} 元（补足差额）</source>
            <translation>− ¥{m} already paid for mild illness = ¥{a} (the difference)</translation>
        </message>
        <message>
            <source>− 本保障期已给付伤残 {d} 元 = {a} 元</source>
            <translation>− ¥{d} paid for disability in this cover period = ¥{a}</translation>
        </message>
        <message>
            <source>意外住院 {n} 天</source>
            <translation>{n} days in hospital after an accident</translation>
        </message>
        <message>
            <source>事件日期 {d} 在观察期内：{w} 起发生的事件才能给付。</source>
            <translation>The event date {d} is within the waiting period: only events from {w} on are covered.</translation>
        </message>
        <message>
            <source>申请日期 {f} 已超过申请时限：应在 {a} 起 {n} 年内（最迟 {last}）提出。</source>
            <translation>The claim date {f} is past the time limit: claims must be made within {n} years from {a} (by {last} at the latest).</translation>
        </message>
        <message>
            <source>不予给付：{p}</source>
            <translation>Not payable: {p}</translation>
        </message>
        <message>
            <source>本保障期已给付重度疾病互助金，不再给付</source>
            <translation>A severe illness benefit was already paid in this cover period; no further benefit</translation>
        </message>
        <message>
            <source>未注明重度或轻度，无法计算</source>
            <translation>Severe or mild is not stated; cannot compute</translation>
        </message>
        <message>
            <source>本保障期已给付轻度疾病互助金，仅首次诊断给付</source>
            <translation>A mild illness benefit was already paid in this cover period; only the first diagnosis is paid</translation>
        </message>
        <message>
            <source>诊断“{x}”不属于本计划保障的疾病（{l}），不予给付</source>
            <translation>The diagnosis "{x}" is not among the illnesses this plan covers ({l}); not payable</translation>
        </message>
        <message>
            <source>本保障期已给付过特殊疾病互助金（每个保障期限一次），不再给付</source>
            <translation>A special illness benefit was already paid in this cover period (once per period); no further benefit</translation>
        </message>
        <message>
            <source>本保障期已给付身故互助金，不再给付</source>
            <translation>A death benefit was already paid in this cover period; no further benefit</translation>
        </message>
        <message>
            <source>本保障期已给付身故互助金，不再给付伤残</source>
            <translation>A death benefit was already paid in this cover period; no disability benefit</translation>
        </message>
        <message>
            <source>伤残等级应为 {l} 之一</source>
            <translation>The disability grade must be one of {l}</translation>
        </message>
        <message>
            <source>没有适用于 {d} 的保障计划目录；请先导入省办事处下发的计划目录。</source>
            <translation>No plan catalogue applies on {d}; import the catalogue issued by the provincial office first.</translation>
        </message>
        <message>
            <source>没有版本为 {v} 的保障计划目录。</source>
            <translation>There is no plan catalogue version {v}.</translation>
        </message>
        <message>
            <source>保障计划目录版本 {v} 已存在且内容不同；新目录须使用新的版本号。</source>
            <translation>Plan catalogue version {v} exists already with different content; a new catalogue needs a new version number.</translation>
        </message>
        <message>
            <source>保障计划目录 {v} 中没有代码为 {c} 的计划；可选：{codes}。</source>
            <translation>Plan catalogue {v} has no plan with code {c}; choose from: {codes}.</translation>
        </message>
        <message>
            <source>找不到文件 {f}。</source>
            <translation>File {f} not found.</translation>
        </message>
        <message>
            <source>文件 {f} 超过 {m} MB，请降低扫描分辨率后再附上。</source>
            <translation>The file {f} is larger than {m} MB; scan at a lower resolution and attach it again.</translation>
        </message>
        <message>
            <source>文件 {f} 不是图片（JPG、PNG、TIFF、BMP）或 PDF。</source>
            <translation>The file {f} is not an image (JPG, PNG, TIFF, BMP) or a PDF.</translation>
        </message>
        <message>
            <source>“{d}”不在该申请的材料清单中。</source>
            <translation>"{d}" is not on this claim's document checklist.</translation>
        </message>
        <message>
            <source>材料文件 {h} 缺失或已损坏，请从备份恢复或重新扫描。</source>
            <translation>The document file {h} is missing or damaged; restore it from a backup or scan it again.</translation>
        </message>
        <message>
            <source>理赔 {n} 给付 {a} 元，须经省办事处批准后才能支付（当前：{d}）。</source>
            <translation>Claim {n} pays ¥{a} and can only be paid after the provincial office approves it (now: {d}).</translation>
        </message>
        <message>
            <source>理赔 {n} 由 {u} 受理，受理人不能审批自己受理的申请（双人复核）；请由另一位主管审批。</source>
            <translation>Claim {n} was taken by {u}, who may not approve a claim they took (four-eyes rule); another supervisor must approve it.</translation>
        </message>
        <message>
            <source>该申请无可给付金额，请以“拒绝”结案并写明原因：{p}</source>
            <translation>Nothing is payable on this claim; close it with "Reject" and give the reason: {p}</translation>
        </message>
        <message>
            <source>“{u}”不在{k}申请的材料清单中（清单：{l}）。</source>
            <translation>"{u}" is not on the document checklist for {k} claims (checklist: {l}).</translation>
        </message>
        <message>
            <source>省办事处未批准：{r}</source>
            <translation>Not approved by the provincial office: {r}</translation>
        </message>
        <message>
            <source>保障计划目录中没有代码为 {c} 的计划。</source>
            <translation>The plan catalogue has no plan with code {c}.</translation>
        </message>
        <message>
            <source>申请人姓名“{a}”与会员登记姓名“{m}”不符。</source>
            <translation>The applicant's name "{a}" differs from the member's registered name "{m}".</translation>
        </message>
        <message>
            <source>会员 {n} 在事件日期 {d} 没有有效的“{p}”保障。</source>
            <translation>Member {n} had no "{p}" cover in force on the event date {d}.</translation>
        </message>
        <message>
            <source>没有证件号为 {n} 的会员。</source>
            <translation>There is no member with ID number {n}.</translation>
        </message>
        <message>
            <source>申请信息有 {n} 处需要修改。</source>
            <translation>{n} entries of the claim need correcting.</translation>
        </message>
        <message>
            <source>住院医疗</source>
            <translation>Hospital costs</translation>
        </message>
        <message>
            <source>住院津贴</source>
            <translation>Hospital allowance</translation>
        </message>
        <message>
            <source>重大疾病</source>
            <translation>Critical illness</translation>
        </message>
        <message>
            <source>女职工特殊疾病</source>
            <translation>Women workers' special illness</translation>
        </message>
        <message>
            <source>意外身故</source>
            <translation>Accidental death</translation>
        </message>
        <message>
            <source>意外伤残</source>
            <translation>Accidental disability</translation>
        </message>
        <message>
            <source>意外住院</source>
            <translation>Accident hospitalisation</translation>
        </message>
        <message>
            <source>已受理</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>审核中</source>
            <translation>Under review</translation>
        </message>
        <message>
            <source>待审批</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>已批准</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>已拒绝</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>已支付</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>已撤回</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>支付金额应大于 0 且不超过批准金额 {a} 元。</source>
            <translation>The amount paid must be above 0 and at most the approved ¥{a}.</translation>
        </message>
        <message>
            <source>有 {n} 笔申请不能列入代发清单。</source>
            <translation>{n} claims cannot go on the bank payment list.</translation>
        </message>
        <message>
            <source>请至少选择一笔已批准的申请。</source>
            <translation>Select at least one approved claim.</translation>
        </message>
        <message>
            <source>理赔 {n} 当前为“{s}”，只有已批准未支付的申请能列入代发清单。</source>
            <translation>Claim {n} is "{s}"; only approved, unpaid claims can go on the bank payment list.</translation>
        </message>
        <message>
            <source>理赔 {n} 没有收款银行账号。</source>
            <translation>Claim {n} has no payee bank account.</translation>
        </message>
        <message>
            <source>没有这笔理赔申请（{u}）。</source>
            <translation>There is no such claim ({u}).</translation>
        </message>
        <message>
            <source>没有编号为 {n} 的理赔申请。</source>
            <translation>There is no claim numbered {n}.</translation>
        </message>
        <message>
            <source>理赔 {n} 当前为“{s}”，不能{what}（只有“{w}”的申请可以）。</source>
            <translation>Claim {n} is "{s}"; you can only {what} a claim that is "{w}".</translation>
        </message>
        <message>
            <source>{what}必须写明原因。</source>
            <translation>A reason is required to {what}.</translation>
        </message>
        <message>
            <source>材料不全（待补件：{m}），补齐后才能提交审批。</source>
            <translation>Documents are incomplete (missing: {m}); complete them before submitting for approval.</translation>
        </message>
        <message>
            <source>该申请不符合给付条件，请以“拒绝”结案并写明原因：{p}</source>
            <translation>This claim does not qualify for a benefit; close it with "Reject" and give the reason: {p}</translation>
        </message>
        <message>
            <source>这些字段不能更正：{f}。</source>
            <translation>These fields cannot be corrected: {f}.</translation>
        </message>
        <message>
            <source>更正后的信息有 {n} 处需要修改。</source>
            <translation>{n} entries of the correction need fixing.</translation>
        </message>
        <message>
            <source>没有需要更正的内容。</source>
            <translation>Nothing to correct.</translation>
        </message>
        <message>
            <source>没有数据库</source>
            <translation>No database</translation>
        </message>
        <message>
            <source>已从 {f} 恢复代办处 {c} 的数据。</source>
            <translation>Restored the data of office {c} from {f}.</translation>
        </message>
        <message>
            <source>办理增值服务（合作机构、活动签到、会员核验）</source>
            <translation>run member services (partners, event sign-in, member checks)</translation>
        </message>
        <message>
            <source>加密备份 {p} 已损坏或不完整，无法解密，已拒绝恢复。</source>
            <translation>The encrypted backup {p} is damaged or incomplete and cannot be decrypted; restore refused.</translation>
        </message>
        <message>
            <source>备份口令不能为空。</source>
            <translation>The backup passphrase must not be empty.</translation>
        </message>
        <message>
            <source>备份 {p} 已加密，请提供备份口令。</source>
            <translation>The backup {p} is encrypted; please give the backup passphrase.</translation>
        </message>
        <message>
            <source>备份口令不正确，无法解密 {p}。请核对口令后重试。</source>
            <translation>Wrong backup passphrase; {p} cannot be decrypted. Check the passphrase and try again.</translation>
        </message>
        <message>
            <source>{what}：{p} 元 × {s} 份 = {a} 元</source>
            <translation>{what}: ¥{p} × {s} shares = ¥{a}</translation>
        </message>
        <message>
            <source>本保障期首次住院</source>
            <translation>first hospital stay in this cover period</translation>
        </message>
        <message>
            <source>未填写</source>
            <translation>not entered</translation>
        </message>
        <message>
            <source>{where}缺少字段 {k}</source>
            <translation>{where}: field {k} is missing</translation>
        </message>
        <message>
            <source>{where}的字段 {k} 应为不小于 {m} 的整数，现为 {v!r}</source>
            <translation>{where}: field {k} must be a whole number of at least {m}; it is {v!r}</translation>
        </message>
        <message>
            <source>{where}的字段 {k} 应为 0 到 1 之间的小数字符串（如 "0.80"），现为 {v!r}</source>
            <translation>{where}: field {k} must be a decimal string between 0 and 1 (e.g. "0.80"); it is {v!r}</translation>
        </message>
        <message>
            <source>目录的第 {i} 个计划不是对象</source>
            <translation>Plan no. {i} of the catalogue is not an object</translation>
        </message>
        <message>
            <source>目录的第 {i} 个计划缺少字段 code（1–8 位字母数字）</source>
            <translation>Plan no. {i} of the catalogue lacks the field code (1–8 letters or digits)</translation>
        </message>
        <message>
            <source>{where}的 min_age 大于 max_age</source>
            <translation>{where}: min_age is greater than max_age</translation>
        </message>
        <message>
            <source>{where}的字段 kind 只能是 main 或 rider，现为 {v!r}</source>
            <translation>{where}: field kind must be main or rider; it is {v!r}</translation>
        </message>
        <message>
            <source>{where}的字段 gender 只能是 null、"M" 或 "F"，现为 {v!r}</source>
            <translation>{where}: field gender must be null, "M" or "F"; it is {v!r}</translation>
        </message>
        <message>
            <source>{where}的字段 benefit 应为带 type 的对象</source>
            <translation>{where}: field benefit must be an object with a type</translation>
        </message>
        <message>
            <source>保障计划目录应为 JSON 对象</source>
            <translation>The plan catalogue must be a JSON object</translation>
        </message>
        <message>
            <source>{where}的格式版本 {v!r} 不受支持（本程序支持 {f}），请升级程序</source>
            <translation>{where}: format version {v!r} is not supported (this program supports {f}); please upgrade the program</translation>
        </message>
        <message>
            <source>{where}中有重复的计划代码</source>
            <translation>{where}: plan codes repeat</translation>
        </message>
        <message>
            <source>{where}的 valid_to 早于 valid_from</source>
            <translation>{where}: valid_to is before valid_from</translation>
        </message>
        <message>
            <source>{where}的字段 {k} 应为 YYYY-MM-DD 日期，现为 {v!r}</source>
            <translation>{where}: field {k} must be a YYYY-MM-DD date; it is {v!r}</translation>
        </message>
        <message>
            <source>保障计划目录不是有效的 JSON（第 {line} 行）</source>
            <translation>The plan catalogue is not valid JSON (line {line})</translation>
        </message>
        <message>
            <source>{where}是副险，字段 requires 须指明所依附的主险</source>
            <translation>{where}: is a rider; field requires must name its main plan</translation>
        </message>
        <message>
            <source>{where}的字段 requires 引用了不存在的主险 {c}</source>
            <translation>{where}: field requires names a main plan {c} that does not exist</translation>
        </message>
        <message>
            <source>附上材料</source>
            <translation>attach documents</translation>
        </message>
        <message>
            <source>审批</source>
            <translation>approve</translation>
        </message>
        <message>
            <source>拒绝</source>
            <translation>reject</translation>
        </message>
        <message>
            <source>撤回</source>
            <translation>withdraw</translation>
        </message>
        <message>
            <source>登记材料</source>
            <translation>record documents</translation>
        </message>
        <message>
            <source>“{p}”只受理{a}申请。</source>
            <translation>"{p}" only takes {a} claims.</translation>
        </message>
        <message>
            <source>医院等级只能是 1、2 或 3 级。</source>
            <translation>The hospital grade must be 1, 2 or 3.</translation>
        </message>
        <message>
            <source>请选择疾病程度：重度或轻度。</source>
            <translation>Choose the severity: severe or mild.</translation>
        </message>
        <message>
            <source>请填写诊断（疾病名称）。</source>
            <translation>Enter the diagnosis (name of the illness).</translation>
        </message>
        <message>
            <source>伤残等级应为 1 到 10 级。</source>
            <translation>The disability grade must be 1 to 10.</translation>
        </message>
        <message>
            <source>请填写住院天数，或入院和出院日期。</source>
            <translation>Enter the days in hospital, or the admission and discharge dates.</translation>
        </message>
        <message>
            <source>住院天数不能为负数。</source>
            <translation>Days in hospital cannot be negative.</translation>
        </message>
        <message>
            <source>出院日期不能早于入院日期。</source>
            <translation>The discharge date cannot be before the admission date.</translation>
        </message>
        <message>
            <source>结算日期不能早于出院日期。</source>
            <translation>The settlement date cannot be before the discharge date.</translation>
        </message>
        <message>
            <source>入院日期不能早于出险日期。</source>
            <translation>The admission date cannot be before the date of incident.</translation>
        </message>
        <message>
            <source>金额不能为负数。</source>
            <translation>Amounts cannot be negative.</translation>
        </message>
        <message>
            <source>请填写住院总费用。</source>
            <translation>Enter the total hospital cost.</translation>
        </message>
        <message>
            <source>请填写{label}。</source>
            <translation>Please enter {label}.</translation>
        </message>
        <message>
            <source>{label} {d} 晚于今天。</source>
            <translation>{label} {d} is after today.</translation>
        </message>
        <message>
            <source>医保已付、政策内自付和自费合计 {p} 分，超过总费用 {t} 分，请核对结算单。</source>
            <translation>Insurance paid, co-payment and out-of-pocket add up to {p} fen, more than the total cost of {t} fen; please check the settlement statement.</translation>
        </message>
        <message>
            <source>互助金申请书</source>
            <translation>Benefit application form</translation>
        </message>
        <message>
            <source>身份证</source>
            <translation>ID card</translation>
        </message>
        <message>
            <source>银行卡</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <source>参保证明</source>
            <translation>Proof of cover</translation>
        </message>
        <message>
            <source>出院小结</source>
            <translation>Discharge summary</translation>
        </message>
        <message>
            <source>住院病案首页</source>
            <translation>Inpatient record front page</translation>
        </message>
        <message>
            <source>医疗费用结算单</source>
            <translation>Medical bill settlement statement</translation>
        </message>
        <message>
            <source>费用明细</source>
            <translation>Itemised costs</translation>
        </message>
        <message>
            <source>发票原件</source>
            <translation>Original invoices</translation>
        </message>
        <message>
            <source>诊断证明</source>
            <translation>Diagnosis certificate</translation>
        </message>
        <message>
            <source>病理报告</source>
            <translation>Pathology report</translation>
        </message>
        <message>
            <source>单位事故证明</source>
            <translation>Employer's accident report</translation>
        </message>
        <message>
            <source>伤残鉴定</source>
            <translation>Disability assessment</translation>
        </message>
        <message>
            <source>死亡证明</source>
            <translation>Death certificate</translation>
        </message>
        <message>
            <source>户籍注销</source>
            <translation>Household registration cancellation</translation>
        </message>
        <message>
            <source>受益人证明</source>
            <translation>Proof of beneficiary</translation>
        </message>
        <message>
            <source>登记支付</source>
            <translation>record payment</translation>
        </message>
        <message>
            <source>开始审核</source>
            <translation>start review</translation>
        </message>
        <message>
            <source>提交审批</source>
            <translation>submit for approval</translation>
        </message>
        <message>
            <source>更正</source>
            <translation>correct</translation>
        </message>
        <message>
            <source>第 {row} 行：没有证件号码为 {n} 的会员，请先登记。</source>
            <translation>Row {row}: there is no member with ID number {n}; register them first.</translation>
        </message>
        <message>
            <source>名单中有 {k} 人未登记为会员。</source>
            <translation>{k} people on the list are not registered members.</translation>
        </message>
        <message>
            <source>找不到同步包文件“{f}”。</source>
            <translation>Sync package file "{f}" not found.</translation>
        </message>
        <message>
            <source>在用</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>找不到回执包文件“{f}”。</source>
            <translation>Return package file "{f}" not found.</translation>
        </message>
        <message>
            <source>数据库 {p} 已属于代办处 {c}（{n}），不能再次初始化。</source>
            <translation>The database {p} already belongs to office {c} ({n}) and cannot be initialised again.</translation>
        </message>
        <message>
            <source>该数据库由更新版本的软件创建（结构版本 {rev}），本程序无法打开。请安装最新版本的互助保障代办系统。</source>
            <translation>This database was made by a newer version of the software (schema version {rev}) and this program cannot open it. Please install the latest Mutual Aid Desk.</translation>
        </message>
        <message>
            <source>数据库文件已损坏（{detail}）。请在“设置 → 备份与恢复”中从最近的备份恢复，或用命令 huzhu restore 备份文件 恢复；原文件不会被改动。</source>
            <translation>The database file is damaged ({detail}). Restore the latest backup under Settings → Backup and restore, or with the command huzhu restore BACKUP-FILE; the original file is left unchanged.</translation>
        </message>
        <message>
            <source>数据库正忙（另一台电脑或窗口正在保存数据），本次未保存，请稍后重试。</source>
            <translation>The database is busy (another computer or window is saving); nothing was saved. Please try again shortly.</translation>
        </message>
        <message>
            <source>数据库升级后外键检查未通过，已撤销本次升级。</source>
            <translation>The foreign key check failed after the database upgrade; the upgrade was undone.</translation>
        </message>
        <message>
            <source>快递员</source>
            <translation>Courier</translation>
        </message>
        <message>
            <source>家政服务员</source>
            <translation>Domestic worker</translation>
        </message>
        <message>
            <source>保安员</source>
            <translation>Security guard</translation>
        </message>
        <message>
            <source>护工护理员</source>
            <translation>Care worker</translation>
        </message>
        <message>
            <source>网约车司机</source>
            <translation>Ride-hailing driver</translation>
        </message>
        <message>
            <source>商场信息员</source>
            <translation>Market information worker</translation>
        </message>
        <message>
            <source>没有编号为 {n} 的参保单。</source>
            <translation>There is no enrolment numbered {n}.</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>工会</source>
            <translation>Union</translation>
        </message>
        <message>
            <source>个人</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>赠送</source>
            <translation>Gift</translation>
        </message>
        <message>
            <source>缴费分摊“{i}”应写成 付款方=金额，付款方为 {n}。</source>
            <translation>Write the fee split "{i}" as PAYER=AMOUNT, the payer one of {n}.</translation>
        </message>
        <message>
            <source>缴费次日生效</source>
            <translation>Day after payment</translation>
        </message>
        <message>
            <source>次月1日生效</source>
            <translation>First of next month</translation>
        </message>
        <message>
            <source>固定批次日生效</source>
            <translation>Fixed batch date</translation>
        </message>
        <message>
            <source>以单位为参保对象</source>
            <translation>Enrolment by unit</translation>
        </message>
        <message>
            <source>主险参保率</source>
            <translation>Main plan enrolment rate</translation>
        </message>
        <message>
            <source>女职工参保率</source>
            <translation>Women's enrolment rate</translation>
        </message>
        <message>
            <source>主险带副险</source>
            <translation>Riders with their main plan</translation>
        </message>
        <message>
            <source>同一单位份数一致</source>
            <translation>Equal shares within a unit</translation>
        </message>
        <message>
            <source>年龄与性别</source>
            <translation>Age and sex</translation>
        </message>
        <message>
            <source>不得重复参保</source>
            <translation>No double cover</translation>
        </message>
        <message>
            <source>生效日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>观察期</source>
            <translation>Waiting period</translation>
        </message>
        <message>
            <source>增员</source>
            <translation>Added members</translation>
        </message>
        <message>
            <source>缴费分摊</source>
            <translation>Fee split</translation>
        </message>
        <message>
            <source>年龄均符合。</source>
            <translation>All ages qualify.</translation>
        </message>
        <message>
            <source>{m}；已由主管 {s} 审批例外，理由：{r}</source>
            <translation>{m}; override approved by supervisor {s}, reason: {r}</translation>
        </message>
        <message>
            <source>{names} 等 {n} 人</source>
            <translation>{names} and others ({n} in all)</translation>
        </message>
        <message>
            <source>名单 {n} 人均为单位“{u}”的在职职工。</source>
            <translation>All {n} people on the list are employees of unit "{u}".</translation>
        </message>
        <message>
            <source>单位在职职工 {h} 人，本次参保 {e} 人（{pct}%），主险参保率须达到 {r}%，请补充 {n} 人或由主管审批</source>
            <translation>The unit has {h} employees and {e} are enrolling ({pct}%); the main plan needs {r}%: add {n} people or get a supervisor override</translation>
        </message>
        <message>
            <source>单位女职工 {w} 人，本次参保 {c} {e} 人（{pct}%），女职工参保率须达到 {r}%，请补充 {n} 人或由主管审批</source>
            <translation>The unit has {w} women employees and {e} are enrolling in {c} ({pct}%); the rate for women must reach {r}%: add {n} people or get a supervisor override</translation>
        </message>
        <message>
            <source>副险均随主险参保。</source>
            <translation>Every rider is taken with its main plan.</translation>
        </message>
        <message>
            <source>各计划份数一致且不超过上限。</source>
            <translation>Shares are equal within each plan and within the limit.</translation>
        </message>
        <message>
            <source>{a}{n}。</source>
            <translation>{a} {n}.</translation>
        </message>
        <message>
            <source>名单中无人重复参保。</source>
            <translation>Nobody on the list is enrolled twice.</translation>
        </message>
        <message>
            <source>自 {d} 起生效（{l}）；{ends}。</source>
            <translation>In force from {d} ({l}); {ends}.</translation>
        </message>
        <message>
            <source>{p}。</source>
            <translation>{p}.</translation>
        </message>
        <message>
            <source>{c} {m}/{t} 个月</source>
            <translation>{c} {m}/{t} months</translation>
        </message>
        <message>
            <source>增员按剩余月数计收会费：{p}。</source>
            <translation>Added members pay for the remaining months: {p}.</translation>
        </message>
        <message>
            <source>应缴会费 {d} 元，缴费分摊相符。</source>
            <translation>Fee due ¥{d}; the fee split matches.</translation>
        </message>
        <message>
            <source>{m}；例外须由主管审批，{who} 无此权限。</source>
            <translation>{m}; an override needs a supervisor, and {who} may not approve one.</translation>
        </message>
        <message>
            <source>{p}（{x}）</source>
            <translation>{p} ({x})</translation>
        </message>
        <message>
            <source>{a}、{b}</source>
            <translation>{a}, {b}</translation>
        </message>
        <message>
            <source>符合</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>{a}，{b}</source>
            <translation>{a}, {b}</translation>
        </message>
        <message>
            <source>{a}；{b}</source>
            <translation>{a}; {b}</translation>
        </message>
        <message>
            <source>找不到所选单位，请重新选择参保单位。</source>
            <translation>The chosen unit was not found; choose the insured unit again.</translation>
        </message>
        <message>
            <source>单位“{u}”已停用，不能参保；请先恢复该单位。</source>
            <translation>Unit "{u}" is inactive and cannot enrol; reactivate it first.</translation>
        </message>
        <message>
            <source>参保名单为空，请至少选择一名职工。</source>
            <translation>The enrolment list is empty; choose at least one employee.</translation>
        </message>
        <message>
            <source>名单中有 {n} 人在会员库中找不到，请先登记会员</source>
            <translation>{n} people on the list are not in the member register; register them first</translation>
        </message>
        <message>
            <source>名单中有重复人员：{p}，请删去重复的行</source>
            <translation>The list has duplicates: {p}; delete the duplicate rows</translation>
        </message>
        <message>
            <source>{p} 不属于单位“{u}”，请先办理调动或移出名单</source>
            <translation>{p} do not belong to unit "{u}"; transfer them first or remove them from the list</translation>
        </message>
        <message>
            <source>{p} 已离职，请移出名单</source>
            <translation>{p} have left; remove them from the list</translation>
        </message>
        <message>
            <source>赠送项目免于参保率要求。</source>
            <translation>Gifted plans are exempt from the enrolment rate.</translation>
        </message>
        <message>
            <source>增员加入已生效的参保单，不另计参保率。</source>
            <translation>Added members join an enrolment in force; no separate enrolment rate.</translation>
        </message>
        <message>
            <source>单位在职职工 {h} 人（不足 {s} 人须全员参保），本次参保 {e} 人，请补充 {n} 人或由主管审批</source>
            <translation>The unit has {h} employees (under {s} everyone must enrol) and {e} are enrolling: add {n} people or get a supervisor override</translation>
        </message>
        <message>
            <source>单位在职职工 {h} 人，本次参保 {e} 人（{pct}%），达到 {r}%。</source>
            <translation>The unit has {h} employees and {e} are enrolling ({pct}%), reaching {r}%.</translation>
        </message>
        <message>
            <source>单位女职工 {w} 人，{c} 参保 {e} 人（{pct}%），达到 {r}%。</source>
            <translation>The unit has {w} women employees and {e} are enrolling in {c} ({pct}%), reaching {r}%.</translation>
        </message>
        <message>
            <source>计划 {u} 不在目录 {v} 中；可选：{all}。</source>
            <translation>Plan {u} is not in catalogue {v}; choose from: {all}.</translation>
        </message>
        <message>
            <source>请至少选择一个保障计划。</source>
            <translation>Choose at least one plan.</translation>
        </message>
        <message>
            <source>增员自 {d} 起生效，随原参保单期满。</source>
            <translation>Added members are covered from {d} until the enrolment ends.</translation>
        </message>
        <message>
            <source>续保紧接上期，自 {d} 起生效。</source>
            <translation>The renewal follows on from the last period, in force from {d}.</translation>
        </message>
        <message>
            <source>{c} 至 {e}</source>
            <translation>{c} until {e}</translation>
        </message>
        <message>
            <source>{c} 新参保 {n} 人观察期至 {d}，续保 {r} 人免观察期</source>
            <translation>{c}: {n} new members wait until {d}, {r} renewing members have no waiting period</translation>
        </message>
        <message>
            <source>不适用（新参保单）。</source>
            <translation>Not applicable (new enrolment).</translation>
        </message>
        <message>
            <source>增员生效日 {d} 须在原参保单保障期 {a} 至 {b} 之内。</source>
            <translation>The start date {d} of the added members must be within the enrolment's cover period {a} to {b}.</translation>
        </message>
        <message>
            <source>缴费分摊的各项金额不能为负数。</source>
            <translation>No amount of the fee split may be negative.</translation>
        </message>
        <message>
            <source>缴费分摊合计 {p} 元，应缴会费 {d} 元，相差 {x} 元；各项相加须等于应缴会费。</source>
            <translation>The fee split adds up to ¥{p} but the fee due is ¥{d}, ¥{x} apart; the parts must add up to the fee due.</translation>
        </message>
        <message>
            <source>赠送项目的会费 {d} 元应全部由“赠送”承担，请调整缴费分摊。</source>
            <translation>The fee of the gifted plans, ¥{d}, must be paid in full by "Gift"; adjust the fee split.</translation>
        </message>
        <message>
            <source>（未登录主管）</source>
            <translation>(no supervisor signed in)</translation>
        </message>
        <message>
            <source>单位在职职工 {h} 人，全员参保。</source>
            <translation>The unit has {h} employees; all are enrolling.</translation>
        </message>
        <message>
            <source>副险 {r} 须与主险 {m} 同时参保，单位不能单独参保副险；请加选 {m}。</source>
            <translation>The rider {r} needs the main plan {m} at the same time; a unit cannot take the rider alone. Add {m}.</translation>
        </message>
        <message>
            <source>{p} 参保副险 {r} 却未参保主险，请为其同时参保主险。</source>
            <translation>{p} take the rider {r} without the main plan; enrol them in the main plan as well.</translation>
        </message>
        <message>
            <source>同一单位同一次参保，计划 {c} 的份数须一致，名单中出现了 {s} 份；请统一份数。</source>
            <translation>In one enrolment of a unit, plan {c} must have the same number of shares for everyone; the list has {s} shares. Make them equal.</translation>
        </message>
        <message>
            <source>计划 {c} 每人可参保 1–{m} 份，本次填写 {s} 份，请调整。</source>
            <translation>Plan {c} allows 1–{m} shares per person, {s} were entered; please adjust.</translation>
        </message>
        <message>
            <source>{p} 在生效日 {d} 不符合 {c} 的参保年龄 {lo}–{hi} 周岁，请移出名单</source>
            <translation>{p} are outside the enrolment age of {c}, {lo}–{hi}, on the start date {d}; remove them from the list</translation>
        </message>
        <message>
            <source>{p} 在 {s} 至 {e} 已参保 {c}（如 {n}），同一计划同一天只能参保一次，请移出名单或改在原保障期满后生效</source>
            <translation>{p} are already enrolled in {c} from {s} to {e} (e.g. {n}); a plan can be held only once on any day: remove them from the list or start after the current cover ends</translation>
        </message>
        <message>
            <source>（未设置）</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <source>本处生效日规则为“{l}”，生效日应为 {f}，请调整生效日期。</source>
            <translation>This office's start-date rule is "{l}"; the start date should be {f}. Please adjust it.</translation>
        </message>
        <message>
            <source>本处生效日规则为“{l}”，缴费日 {p} 的参保最早于 {d} 生效，请调整生效日期。</source>
            <translation>This office's start-date rule is "{l}"; with payment on {p} the cover starts on {d} at the earliest. Please adjust the start date.</translation>
        </message>
        <message>
            <source>{c} 无观察期</source>
            <translation>{c}: no waiting period</translation>
        </message>
        <message>
            <source>名单中没有{s}职工，不能参保 {c}</source>
            <translation>The list has no {s} employees, so {c} cannot be taken</translation>
        </message>
        <message>
            <source>{c} 仅限{s}职工，名单中 {n} 人参保此项</source>
            <translation>{c} is for {s} employees only; {n} on the list take it</translation>
        </message>
        <message>
            <source>本处生效日规则为“{l}”，生效日须为某月1日，请调整生效日期。</source>
            <translation>This office's start-date rule is "{l}"; the start date must be the 1st of a month. Please adjust it.</translation>
        </message>
        <message>
            <source>本次未选主险，不计参保率。</source>
            <translation>No main plan chosen; no enrolment rate applies.</translation>
        </message>
        <message>
            <source>本次未选女职工计划。</source>
            <translation>No plan for women employees chosen.</translation>
        </message>
        <message>
            <source>{a}周岁</source>
            <translation>age {a}</translation>
        </message>
        <message>
            <source>参保未通过规则检查：{n} 项不符合，未保存任何数据。</source>
            <translation>The enrolment failed the rule check: {n} rules not met; nothing was saved.</translation>
        </message>
        <message>
            <source>参保单 {n} 已撤销，不能增员。</source>
            <translation>Enrolment {n} is revoked; no members can be added.</translation>
        </message>
        <message>
            <source>撤销参保须填写理由。</source>
            <translation>Revoking an enrolment needs a reason.</translation>
        </message>
        <message>
            <source>参保单 {n} 已撤销过。</source>
            <translation>Enrolment {n} is already revoked.</translation>
        </message>
        <message>
            <source>参保单 {n} 已于 {d} 生效，生效后不能退保，也不退还会费。</source>
            <translation>Enrolment {n} took effect on {d}; once in force it cannot be cancelled and the fee is not refunded.</translation>
        </message>
        <message>
            <source>健康讲座</source>
            <translation>Health talk</translation>
        </message>
        <message>
            <source>义诊</source>
            <translation>Free clinic</translation>
        </message>
        <message>
            <source>体检</source>
            <translation>Health check</translation>
        </message>
        <message>
            <source>志愿者培训</source>
            <translation>Volunteer training</translation>
        </message>
        <message>
            <source>活动类型应为 lecture（健康讲座）、clinic（义诊）、checkup（体检）或 training（志愿者培训）。</source>
            <translation>The event type must be lecture (health talk), clinic (free clinic), checkup (health check) or training (volunteer training).</translation>
        </message>
        <message>
            <source>请填写活动名称和地点。</source>
            <translation>Please enter the event's name and place.</translation>
        </message>
        <message>
            <source>活动名额至少为 1 人。</source>
            <translation>An event needs at least 1 place.</translation>
        </message>
        <message>
            <source>没有编号为 {n} 的活动。</source>
            <translation>There is no event numbered {n}.</translation>
        </message>
        <message>
            <source>请扫描会员凭证二维码或输入证件号码。</source>
            <translation>Scan the QR code of the member's certificate or type the ID number.</translation>
        </message>
        <message>
            <source>请扫描会员参保凭证二维码，或输入证件号码。</source>
            <translation>Scan the QR code of the member's certificate of cover, or type the ID number.</translation>
        </message>
        <message>
            <source>医院</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <source>新密码至少 {n} 个字符，可用字母、数字和符号。</source>
            <translation>The new password needs at least {n} characters; letters, digits and symbols may be used.</translation>
        </message>
        <message>
            <source>用户名或密码不正确，或账户因连续输错密码已被锁定（连续输错 {n} 次锁定 {m} 分钟）。请核对后再试，或请管理员解锁。</source>
            <translation>Wrong username or password, or the account is locked after repeated wrong passwords ({n} wrong passwords in a row lock it for {m} minutes). Check and try again, or ask an administrator to unlock it.</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>原密码不正确，密码没有修改。</source>
            <translation>The current password is wrong; the password was not changed.</translation>
        </message>
        <message>
            <source>新密码不能与原密码相同。</source>
            <translation>The new password cannot be the same as the current one.</translation>
        </message>
        <message>
            <source>{u} 是最后一位在用的管理员，不能停用；请先新增或启用另一位管理员。</source>
            <translation>{u} is the last active administrator and cannot be disabled; add or enable another administrator first.</translation>
        </message>
        <message>
            <source>操作员 {u} 已停用，不能登录；请管理员启用。</source>
            <translation>Operator {u} is disabled and cannot log in; ask an administrator to enable it.</translation>
        </message>
        <message>
            <source>备份 {p} 不是本代办处的备份，或写出后被改动过（校验码不符），已拒绝恢复。</source>
            <translation>Backup {p} is not from this office, or it was changed after it was written (checksum mismatch). Restore refused.</translation>
        </message>
        <message>
            <source>备份 {p} 的数据库结构与本程序建立的不同（{what}“{name}”{how}），可能被植入了触发器或视图，已拒绝恢复。</source>
            <translation>The database structure of backup {p} differs from the one this program creates ({what} "{name}" {how}); triggers or views may have been planted in it. Restore refused.</translation>
        </message>
        <message>
            <source>备份 {p} 的审计日志哈希链断裂（{d}）：记录被改动过，已拒绝恢复。</source>
            <translation>The audit log hash chain of backup {p} is broken ({d}): records were changed. Restore refused.</translation>
        </message>
        <message>
            <source>备份 {p} 没有本代办处的校验封印（可能被改动，或来自其他代办处），已拒绝恢复。</source>
            <translation>Backup {p} lacks this office's seal (it may have been changed or come from another office). Restore refused.</translation>
        </message>
        <message>
            <source>多出</source>
            <translation>is extra</translation>
        </message>
        <message>
            <source>缺少或被改动</source>
            <translation>is missing or changed</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>重复申请：与理赔 {n}（{s}，{d}）重复（{w}）。同一次住院、同一诊断或同一发票只能申请一次；如确需受理，请由主管写明原因后受理。</source>
            <translation>Duplicate claim: repeats claim {n} ({s}, {d}) ({w}). A hospital stay, diagnosis or invoice can be claimed only once; if it must be taken, a supervisor must write the reason and take it.</translation>
        </message>
        <message>
            <source>出险 {d}</source>
            <translation>incident {d}</translation>
        </message>
        <message>
            <source>住院日期重叠</source>
            <translation>hospital dates overlap</translation>
        </message>
        <message>
            <source>同一诊断已申请过</source>
            <translation>same diagnosis already claimed</translation>
        </message>
        <message>
            <source>同一事故已申请过</source>
            <translation>same accident already claimed</translation>
        </message>
        <message>
            <source>同一发票号码</source>
            <translation>same invoice number</translation>
        </message>
        <message>
            <source>{n}（{s}，{d}；{w}）</source>
            <translation>{n} ({s}, {d}; {w})</translation>
        </message>
        <message>
            <source>住院 {a} 至 {d}</source>
            <translation>in hospital {a} to {d}</translation>
        </message>
        <message>
            <source>确诊 {d}</source>
            <translation>diagnosed {d}</translation>
        </message>
        <message>
            <source>只有主管可以写明原因受理重复申请；{u} 不能受理，请交主管办理。</source>
            <translation>Only a supervisor can take a duplicate claim, with a reason; {u} cannot take it. Pass it to a supervisor.</translation>
        </message>
        <message>
            <source>申请人姓名</source>
            <translation>Applicant's name</translation>
        </message>
        <message>
            <source>医院等级</source>
            <translation>Hospital grade</translation>
        </message>
        <message>
            <source>发票号码</source>
            <translation>Invoice number</translation>
        </message>
        <message>
            <source>入院日期</source>
            <translation>Admission date</translation>
        </message>
        <message>
            <source>出院日期</source>
            <translation>Discharge date</translation>
        </message>
        <message>
            <source>结算日期</source>
            <translation>Settlement date</translation>
        </message>
        <message>
            <source>总费用（元）</source>
            <translation>Total cost (¥)</translation>
        </message>
        <message>
            <source>基本医保已付（元）</source>
            <translation>Paid by basic medical insurance (¥)</translation>
        </message>
        <message>
            <source>政策内个人自付（元）</source>
            <translation>Co-payment within policy (¥)</translation>
        </message>
        <message>
            <source>自费（元）</source>
            <translation>Out of pocket (¥)</translation>
        </message>
        <message>
            <source>诊断</source>
            <translation>Diagnosis</translation>
        </message>
        <message>
            <source>疾病程度</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>确诊日期</source>
            <translation>Diagnosis date</translation>
        </message>
        <message>
            <source>出险日期</source>
            <translation>Incident date</translation>
        </message>
        <message>
            <source>伤残等级</source>
            <translation>Disability grade</translation>
        </message>
        <message>
            <source>住院天数</source>
            <translation>Days in hospital</translation>
        </message>
        <message>
            <source>一级</source>
            <translation>Grade 1</translation>
        </message>
        <message>
            <source>二级</source>
            <translation>Grade 2</translation>
        </message>
        <message>
            <source>三级</source>
            <translation>Grade 3</translation>
        </message>
        <message>
            <source>{label}“{t}”应为：{a}。</source>
            <translation>{label} "{t}" must be one of: {a}.</translation>
        </message>
        <message>
            <source>{label}“{t}”应为 {a} 到 {b} 之间的日期 YYYY-MM-DD，如 2026-03-01。</source>
            <translation>{label} "{t}" must be a date between {a} and {b} as YYYY-MM-DD, e.g. 2026-03-01.</translation>
        </message>
        <message>
            <source>{label}“{t}”应为 {lo} 到 {hi} 的整数。</source>
            <translation>{label} "{t}" must be a whole number from {lo} to {hi}.</translation>
        </message>
        <message>
            <source>受理</source>
            <translation>receive</translation>
        </message>
        <message>
            <source>批准</source>
            <translation>approve</translation>
        </message>
        <message>
            <source>支付</source>
            <translation>pay</translation>
        </message>
        <message>
            <source>补交材料</source>
            <translation>add documents</translation>
        </message>
        <message>
            <source>上传扫描件</source>
            <translation>upload scans</translation>
        </message>
        <message>
            <source>市级裁定</source>
            <translation>city-level decision</translation>
        </message>
        <message>
            <source>支付日期 {d} 晚于今天 {t}：只能登记已经支付的款项。</source>
            <translation>The payment date {d} is after today {t}: only payments already made can be recorded.</translation>
        </message>
        <message>
            <source>支付日期 {d} 早于受理日 {r}，请核对。</source>
            <translation>The payment date {d} is before the claim date {r}; please check.</translation>
        </message>
        <message>
            <source>会员没有银行账户：请在“会员”页编辑该会员填写开户行和账号，或在支付时填写开户银行和账号。</source>
            <translation>The member has no bank account: edit the member on the Members page to add the bank and account number, or enter the bank and account number when paying.</translation>
        </message>
        <message>
            <source>数据文件夹 {folder} 中没有代办处数据库（{db}）。请检查 --data 或 HUZHU_DATA 是否写错；新建代办处请运行 huzhu init（--office 代办处文件，或 --demo 演示数据）。</source>
            <translation>The data folder {folder} has no office database ({db}). Check whether --data or HUZHU_DATA is mistyped; to create an office, run huzhu init (--office with the office file, or --demo for demo data).</translation>
        </message>
        <message>
            <source>{o} 应为 {lo} 到 {hi} 之间的整数，而不是“{t}”。</source>
            <translation>{o} must be a whole number from {lo} to {hi}, not "{t}".</translation>
        </message>
        <message>
            <source>{o} 应为 {a} 到 {b} 之间的日期（YYYY-MM-DD），而不是“{t}”。</source>
            <translation>{o} must be a date between {a} and {b} (YYYY-MM-DD), not "{t}".</translation>
        </message>
        <message>
            <source>第 {row} 行：证件号码 {n} 尚未登记为会员，请先在“会员”页登记后再增员。</source>
            <translation>Row {row}: ID number {n} is not registered as a member; register them on the "Members" page first, then add them.</translation>
        </message>
        <message>
            <source>增员名单中有 {k} 行不能办理。</source>
            <translation>{k} rows of the list of members to add cannot be processed.</translation>
        </message>
        <message>
            <source>增员名单是空的：请至少填写一人的证件号码。</source>
            <translation>The list of members to add is empty: enter at least one ID number.</translation>
        </message>
        <message>
            <source>第 {row} 行：证件号码 {n} 的会员不属于本单位，请先办理调动。</source>
            <translation>Row {row}: the member with ID number {n} does not belong to this unit; record a transfer first.</translation>
        </message>
        <message>
            <source>参保单 {n} 已撤销，不能减员。</source>
            <translation>Enrolment {n} is revoked; no leavers can be recorded.</translation>
        </message>
        <message>
            <source>请选择要减员的人员。</source>
            <translation>Choose the people who are leaving.</translation>
        </message>
        <message>
            <source>{names} 在参保单 {n} 中没有有效的保障，无法减员。</source>
            <translation>{names} have no cover in force on enrolment {n} and cannot be recorded as leavers.</translation>
        </message>
        <message>
            <source>减员须填写原因（如离职、调出、死亡）。</source>
            <translation>A leaver needs a reason (e.g. left the job, transferred out, died).</translation>
        </message>
        <message>
            <source>减员日期 {d} 晚于今天（{t}），请填写实际离开的日期。</source>
            <translation>The leaving date {d} is after today ({t}); enter the date they actually left.</translation>
        </message>
        <message>
            <source>收款方式“{m}”不认识，请选用：{c}。</source>
            <translation>Payment method "{m}" is not recognised; choose one of: {c}.</translation>
        </message>
        <message>
            <source>凭证号/转账流水号最长 {n} 个字符，请核对。</source>
            <translation>The voucher/transfer reference number can have at most {n} characters; please check.</translation>
        </message>
        <message>
            <source>缴费日期 {d} 晚于今天（{t}）：只能登记已经收到的款项，请填写实际到账日期（今天或更早）。</source>
            <translation>The payment date {d} is after today ({t}): only money already received can be recorded. Enter the date it actually arrived (today or earlier).</translation>
        </message>
        <message>
            <source>参保单 {n} 已撤销，不能续保。</source>
            <translation>Enrolment {n} is revoked and cannot be renewed.</translation>
        </message>
        <message>
            <source>参保单 {n} 已续保，续保单为 {m}。</source>
            <translation>Enrolment {n} is already renewed, as enrolment {m}.</translation>
        </message>
        <message>
            <source>例外理由</source>
            <translation>Override reason</translation>
        </message>
        <message>
            <source>撤销理由</source>
            <translation>Reason for revoking</translation>
        </message>
        <message>
            <source>活动名称</source>
            <translation>Event name</translation>
        </message>
        <message>
            <source>活动地点</source>
            <translation>Event place</translation>
        </message>
        <message>
            <source>药店</source>
            <translation>Pharmacy</translation>
        </message>
        <message>
            <source>诊所</source>
            <translation>Clinic</translation>
        </message>
        <message>
            <source>{what}的有效期起始日不能晚于截止日。</source>
            <translation>The validity of {what} cannot start after it ends.</translation>
        </message>
        <message>
            <source>合作机构名称</source>
            <translation>Partner name</translation>
        </message>
        <message>
            <source>请填写合作机构名称。</source>
            <translation>Please enter the partner's name.</translation>
        </message>
        <message>
            <source>机构类型应为 hospital（医院）、pharmacy（药店）或 clinic（诊所）。</source>
            <translation>The partner type must be hospital, pharmacy or clinic.</translation>
        </message>
        <message>
            <source>请至少填写一项给会员的优惠或服务。</source>
            <translation>Enter at least one benefit or service for members.</translation>
        </message>
        <message>
            <source>合作机构“{n}”已登记。</source>
            <translation>Partner "{n}" is already registered.</translation>
        </message>
        <message>
            <source>优惠或服务</source>
            <translation>Benefit or service</translation>
        </message>
        <message>
            <source>请填写优惠或服务内容。</source>
            <translation>Please describe the benefit or service.</translation>
        </message>
        <message>
            <source>没有名为“{n}”的合作机构。</source>
            <translation>There is no partner named "{n}".</translation>
        </message>
        <message>
            <source>理赔 {c} 不在待省办事处审批的队列中。</source>
            <translation>Claim {c} is not in the provincial office's approval queue.</translation>
        </message>
        <message>
            <source>理赔 {c} 的审批结果已随回执包发回代办处，不能再改。</source>
            <translation>The decision on claim {c} has gone back to the office in a return package and cannot be changed.</translation>
        </message>
        <message>
            <source>拒绝时请填写理由（--reason）。</source>
            <translation>Give a reason when rejecting (--reason).</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>operator</translation>
        </message>
        <message>
            <source>审批员</source>
            <translation>approver</translation>
        </message>
        <message>
            <source>只有省办事处审批员或管理员可以审批大额理赔。</source>
            <translation>Only an approver or administrator of the provincial office can approve large claims.</translation>
        </message>
        <message>
            <source>审批员只能审批理赔；此操作须由省办事处操作员或管理员办理。</source>
            <translation>An approver can only approve claims; this must be done by a provincial office operator or administrator.</translation>
        </message>
        <message>
            <source>只有省办事处管理员可以添加操作员。</source>
            <translation>Only a provincial office administrator can add operators.</translation>
        </message>
        <message>
            <source>省办事处数据库结构版本 {v} 高于本程序支持的 {s}，请升级软件。</source>
            <translation>The provincial database schema version {v} is newer than the {s} this program supports; please upgrade the software.</translation>
        </message>
        <message>
            <source>省办事处数据库尚未初始化：请先运行 huzhu hub init。</source>
            <translation>The provincial database is not initialised: run huzhu hub init first.</translation>
        </message>
        <message>
            <source>省办事处数据库结构版本 {v} 低于本程序的 {s}：请先运行 huzhu hub init 升级。</source>
            <translation>The provincial database schema version {v} is older than this program's {s}: run huzhu hub init first to upgrade it.</translation>
        </message>
        <message>
            <source>请填写代办处名称。</source>
            <translation>Please enter the office name.</translation>
        </message>
        <message>
            <source>代办处 {c} 已经登记过，不能重复登记。</source>
            <translation>Office {c} is already registered.</translation>
        </message>
        <message>
            <source>目录 {v} 中没有主险：副险须依附主险。</source>
            <translation>Catalogue {v} has no main plan: riders need a main plan.</translation>
        </message>
        <message>
            <source>只有省办事处管理员可以让代办处重新同步。</source>
            <translation>Only a provincial office administrator can let an office sync again.</translation>
        </message>
        <message>
            <source>代办处 {c} 未在省办事处登记。</source>
            <translation>Office {c} is not registered at the provincial office.</translation>
        </message>
        <message>
            <source>目录 {v} 的有效期 {f} 至 {t} 与已发布的目录 {o}（{of} 至 {ot}）重叠；请调整有效期。</source>
            <translation>Catalogue {v}, valid {f} to {t}, overlaps the published catalogue {o} ({of} to {ot}); adjust the validity period.</translation>
        </message>
        <message>
            <source>目录版本 {v} 已发布且内容不同；新目录须使用新的版本号。</source>
            <translation>Catalogue version {v} is published already with different content; a new catalogue needs a new version number.</translation>
        </message>
        <message>
            <source>省办事处数据库地址应以 postgresql:// 开头，现为“{u}”。</source>
            <translation>The provincial database address must start with postgresql://; it is "{u}".</translation>
        </message>
        <message>
            <source>无法启动内置 PostgreSQL（{f}）：{e}</source>
            <translation>Cannot start the built-in PostgreSQL ({f}): {e}</translation>
        </message>
        <message>
            <source>代办处 {c} 尚未登记。</source>
            <translation>Office {c} is not registered yet.</translation>
        </message>
        <message>
            <source>请至少给出一项指标。</source>
            <translation>Give at least one target.</translation>
        </message>
        <message>
            <source>身份证号码“{n}”中的出生日期 {d} 不合理，请核对。</source>
            <translation>The date of birth {d} in ID number "{n}" is implausible; please check.</translation>
        </message>
        <message>
            <source>身份证号码“{n}”校验位错误（最后一位应为 {c}），请核对是否抄错。</source>
            <translation>ID number "{n}" has a wrong check digit (the last character should be {c}); check for a copying error.</translation>
        </message>
        <message>
            <source>统一社会信用代码“{c}”应为18位数字或大写字母（不含 I、O、Z、S、V），请核对。</source>
            <translation>The unified social credit code "{c}" must be 18 digits or capital letters (not I, O, Z, S, V); please check.</translation>
        </message>
        <message>
            <source>统一社会信用代码“{c}”校验位错误（最后一位应为 {e}），请核对。</source>
            <translation>The unified social credit code "{c}" has a wrong check character (the last should be {e}); please check.</translation>
        </message>
        <message>
            <source>身份证号码“{n}”应为18位（最后一位可为X）或15位旧号码，请核对。</source>
            <translation>ID number "{n}" must have 18 characters (the last may be X) or be an old 15-digit number; please check.</translation>
        </message>
        <message>
            <source>身份证号码“{n}”中的出生日期 {d} 不存在，请核对。</source>
            <translation>The date of birth {d} in ID number "{n}" does not exist; please check.</translation>
        </message>
        <message>
            <source>数据库文件损坏</source>
            <translation>Database file damaged</translation>
        </message>
        <message>
            <source>关联记录缺失</source>
            <translation>Linked records missing</translation>
        </message>
        <message>
            <source>审计日志哈希链断裂</source>
            <translation>Audit log hash chain broken</translation>
        </message>
        <message>
            <source>缴费与应缴会费不符</source>
            <translation>Payments differ from fees due</translation>
        </message>
        <message>
            <source>已撤销参保单仍有有效保障</source>
            <translation>Revoked enrolment still has cover in force</translation>
        </message>
        <message>
            <source>保障不属于任何参保单</source>
            <translation>Cover belongs to no enrolment</translation>
        </message>
        <message>
            <source>保障会费合计与参保单不符</source>
            <translation>Cover fees do not add up to the enrolment</translation>
        </message>
        <message>
            <source>变更日志指向未知的表</source>
            <translation>Change log points to an unknown table</translation>
        </message>
        <message>
            <source>变更日志指向不存在的记录</source>
            <translation>Change log points to a missing record</translation>
        </message>
        <message>
            <source>记录未写入变更日志（不会同步到省办）</source>
            <translation>Records missing from the change log (they will not sync to the provincial office)</translation>
        </message>
        <message>
            <source>花名册导入不完整</source>
            <translation>Roster import incomplete</translation>
        </message>
        <message>
            <source>编号不连续或重复</source>
            <translation>Numbers with gaps or duplicates</translation>
        </message>
        <message>
            <source>{r}</source>
            <translation>{r}</translation>
        </message>
        <message>
            <source>参保单 {n} 的缴费/退费合计与应缴不符</source>
            <translation>Payments/refunds of enrolment {n} do not add up to the fee due</translation>
        </message>
        <message>
            <source>批量登记的会员与导入参保的人数不符：{w}</source>
            <translation>Members registered in bulk differ in number from those enrolled by the import: {w}</translation>
        </message>
        <message>
            <source>{w}</source>
            <translation>{w}</translation>
        </message>
        <message>
            <source>SQLite 检查未通过：{d}</source>
            <translation>SQLite check failed: {d}</translation>
        </message>
        <message>
            <source>{n} 条记录指向不存在的记录（表：{t}）</source>
            <translation>{n} records point to missing records (table: {t})</translation>
        </message>
        <message>
            <source>参保单 {n}</source>
            <translation>Enrolment {n}</translation>
        </message>
        <message>
            <source>{n} 条保障记录</source>
            <translation>{n} cover records</translation>
        </message>
        <message>
            <source>{e}</source>
            <translation>{e}</translation>
        </message>
        <message>
            <source>{e} 表 {n} 条，例如 {k}</source>
            <translation>{e}: {n} in the table, e.g. {k}</translation>
        </message>
        <message>
            <source>{e} 表 {n} 条</source>
            <translation>{e}: {n} in the table</translation>
        </message>
        <message>
            <source>读取失败：{d}</source>
            <translation>Could not read: {d}</translation>
        </message>
        <message>
            <source>离职原因</source>
            <translation>Reason for leaving</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>{n}“{t}”不能为负数。</source>
            <translation>{n} "{t}" cannot be negative.</translation>
        </message>
        <message>
            <source>{n}“{t}”应为不小于 0、最多两位小数的元数，如 1234.50（0 到 1 亿元）。</source>
            <translation>{n} "{t}" must be an amount in yuan, at least 0, with at most two decimals, e.g. 1234.50 (0 to 100 million yuan).</translation>
        </message>
        <message>
            <source>{n}“{t}”超过 1 亿元，请核对（0 到 1 亿元）。</source>
            <translation>{n} "{t}" exceeds 100 million yuan; please check (0 to 100 million yuan).</translation>
        </message>
        <message>
            <source>{o} 应是一个文件名，而不是文件夹“{p}”。</source>
            <translation>{o} must be a file name, not the folder "{p}".</translation>
        </message>
        <message>
            <source>{o} 所在的文件夹“{d}”不存在：请先建好文件夹，或换一个位置。</source>
            <translation>The folder "{d}" for {o} does not exist: create the folder first, or choose another place.</translation>
        </message>
        <message>
            <source>{o} 指定的“{p}”不是普通文件（是设备、文件夹或链接），不会覆盖它：请换一个文件名。</source>
            <translation>"{p}" given for {o} is not a regular file (it is a device, folder or link) and will not be overwritten: choose another file name.</translation>
        </message>
        <message>
            <source>没有权限写入 {o} 所在的文件夹“{d}”。</source>
            <translation>No permission to write to the folder "{d}" for {o}.</translation>
        </message>
        <message>
            <source>{o} 指定的“{p}”无法使用（{e}）。</source>
            <translation>"{p}" given for {o} cannot be used ({e}).</translation>
        </message>
        <message>
            <source>文泉驿微米黑（随程序附带）</source>
            <translation>WenQuanYi Micro Hei (comes with the program)</translation>
        </message>
        <message>
            <source>宋体（本机已安装的 simsun.ttc）</source>
            <translation>SimSun (simsun.ttc installed on this computer)</translation>
        </message>
        <message>
            <source>黑体（本机已安装的 simhei.ttf）</source>
            <translation>SimHei (simhei.ttf installed on this computer)</translation>
        </message>
        <message>
            <source>程序目录中缺少随附的中文字体 {name}（应在 {own}），无法打印。请重新安装本程序；或在“设置”中改用 Windows 自带的宋体（simsun.ttc）或黑体（simhei.ttf）。从源码运行时请取回完整的 resources/fonts（Debian/Ubuntu 上该字体来自 apt-get install fonts-wqy-microhei）。</source>
            <translation>The Chinese font {name} that comes with the program is missing from the program folder (it should be at {own}), so nothing can be printed. Reinstall the program, or switch under "Settings" to the Windows fonts SimSun (simsun.ttc) or SimHei (simhei.ttf). When running from source, fetch the complete resources/fonts (on Debian/Ubuntu the font comes from apt-get install fonts-wqy-microhei).</translation>
        </message>
        <message>
            <source>“设置”中选用的打印字体 {label} 在本机找不到（已查找 {dirs}），无法打印。请安装该字体，或在“设置”中改回随程序附带的字体。</source>
            <translation>The print font {label} chosen under "Settings" is not on this computer (searched {dirs}), so nothing can be printed. Install the font, or switch back under "Settings" to the font that comes with the program.</translation>
        </message>
        <message>
            <source>字体文件 {path} 无法使用（{err}）；请重新安装本程序，或换用宋体、黑体。</source>
            <translation>The font file {path} cannot be used ({err}); reinstall the program, or switch to SimSun or SimHei.</translation>
        </message>
        <message>
            <source>“{f}”应为 0 到 {hi} 之间的整数，而不是“{t}”。</source>
            <translation>"{f}" must be a whole number from 0 to {hi}, not "{t}".</translation>
        </message>
        <message>
            <source>“{f}”应为 0 到 100 之间的数字，如 60.5，而不是“{t}”。</source>
            <translation>"{f}" must be a number from 0 to 100, e.g. 60.5, not "{t}".</translation>
        </message>
        <message>
            <source>请检查过长的单元格（可能粘贴了整段文字）后再导入。</source>
            <translation>Check the overlong cells (whole paragraphs may have been pasted in), then import again.</translation>
        </message>
        <message>
            <source>可能在很远的行列有多余内容，或文件已损坏：请把名单复制到新的工作簿再导入。</source>
            <translation>There may be stray content in far-off rows or columns, or the file is damaged: copy the list into a new workbook and import that.</translation>
        </message>
        <message>
            <source>“{f}”的{what}达到 {n}，超过花名册上限 {limit}。{hint}</source>
            <translation>The {what} of "{f}" reaches {n}, over the roster limit of {limit}. {hint}</translation>
        </message>
        <message>
            <source>行数</source>
            <translation>number of rows</translation>
        </message>
        <message>
            <source>有内容的列数</source>
            <translation>number of filled columns</translation>
        </message>
        <message>
            <source>单元格字数</source>
            <translation>characters in a cell</translation>
        </message>
        <message>
            <source>表格范围（行数×列数）</source>
            <translation>sheet size (rows × columns)</translation>
        </message>
        <message>
            <source>解压后的大小（字节）</source>
            <translation>unpacked size (bytes)</translation>
        </message>
        <message>
            <source> 等 {n} </source>
            <translation> … ({n} in all) </translation>
        </message>
        <message>
            <source>第 {rows}{more}行在文件中被隐藏，未导入：如需导入，请在 Excel 中取消隐藏后重新导入。</source>
            <translation>Rows {rows}{more}are hidden in the file and were not imported: to import them, unhide them in Excel and import again.</translation>
        </message>
        <message>
            <source>花名册“{f}”有 {n} 行人员，多于单位“{u}”登记的职工人数 {h}：请核对名单，或先在单位资料中更正职工人数后再导入。</source>
            <translation>Roster "{f}" has {n} people, more than the {h} employees registered for unit "{u}": check the list, or first correct the number of employees in the unit's details, then import.</translation>
        </message>
        <message>
            <source>“{f}”的可见工作表中没有找到表头（“姓名”和“身份证号码”两列）；隐藏的工作表“{s}”不会被读取：如名单在隐藏表中，请在 Excel 中取消隐藏并删去其他表后再导入。</source>
            <translation>No header (the columns "姓名" (name) and "身份证号码" (ID number)) was found on the visible sheets of "{f}"; the hidden sheet "{s}" is not read. If the list is on a hidden sheet, unhide it in Excel and delete the other sheets, then import again.</translation>
        </message>
        <message>
            <source>无法识别“{f}”的文字编码（不是 UTF-8、GB18030/GBK 或 UTF-16 文本，或含有二进制内容）：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入。</source>
            <translation>The text encoding of "{f}" is not recognised (not UTF-8, GB18030/GBK or UTF-16 text, or it holds binary content): in Excel, save it as "CSV UTF-8 (Comma delimited)" or .xlsx, then import again.</translation>
        </message>
        <message>
            <source>含有看不见的控制字符</source>
            <translation>Contains invisible control characters</translation>
        </message>
        <message>
            <source>收款收据联次</source>
            <translation>Receipt copies</translation>
        </message>
        <message>
            <source>参保凭证签字栏</source>
            <translation>Signature boxes on certificates</translation>
        </message>
        <message>
            <source>空闲锁定（分钟）</source>
            <translation>Idle lock (minutes)</translation>
        </message>
        <message>
            <source>一张 A4 纸上下三联</source>
            <translation>Three copies on one A4 sheet</translation>
        </message>
        <message>
            <source>三联分三页打印</source>
            <translation>Three copies on three pages</translation>
        </message>
        <message>
            <source>会员凭证印会员签字栏，单位凭证印单位签章栏</source>
            <translation>Member signature on member certificates, unit seal on unit certificates</translation>
        </message>
        <message>
            <source>仅会员凭证印会员签字栏</source>
            <translation>Member signature on member certificates only</translation>
        </message>
        <message>
            <source>仅单位凭证印单位签章栏</source>
            <translation>Unit seal on unit certificates only</translation>
        </message>
        <message>
            <source>不印签字栏</source>
            <translation>No signature boxes</translation>
        </message>
        <message>
            <source>“{label}”只能是：{v}。</source>
            <translation>"{label}" must be one of: {v}.</translation>
        </message>
        <message>
            <source>“{label}”应为 {a} 到 {b} 之间的整数。</source>
            <translation>"{label}" must be a whole number from {a} to {b}.</translation>
        </message>
        <message>
            <source>代办处签名密钥不是 Ed25519 密钥。</source>
            <translation>The office signing key is not an Ed25519 key.</translation>
        </message>
        <message>
            <source>代办处 {c} 还没有签名密钥，不能打印带二维码的凭证。请用省办事处签发的代办处文件（.hzo）初始化：huzhu init --office 文件。</source>
            <translation>Office {c} has no signing key yet, so it cannot print certificates with QR codes. Initialise it with the office file (.hzo) issued by the provincial office: huzhu init --office FILE.</translation>
        </message>
        <message>
            <source>代办处签名密钥格式不对（应为 Ed25519 私钥）。</source>
            <translation>The office signing key has the wrong format (it must be an Ed25519 private key).</translation>
        </message>
        <message>
            <source>代办处 {c} 的公钥格式不对。</source>
            <translation>The public key of office {c} has the wrong format.</translation>
        </message>
        <message>
            <source>支付日期“{t}”应为 YYYY-MM-DD。</source>
            <translation>The payment date "{t}" must be YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>给付通知书</source>
            <translation>Benefit notice</translation>
        </message>
        <message>
            <source>受理回执</source>
            <translation>Claim receipt</translation>
        </message>
        <message>
            <source>合作机构核验说明</source>
            <translation>Partner verification guide</translation>
        </message>
        <message>
            <source>优惠合作机构名单</source>
            <translation>Partner offers list</translation>
        </message>
        <message>
            <source>活动签到表</source>
            <translation>Event sign-in sheet</translation>
        </message>
        <message>
            <source>会员参保凭证</source>
            <translation>Member certificate</translation>
        </message>
        <message>
            <source>参保凭证背面（合作机构）</source>
            <translation>Certificate back (partners)</translation>
        </message>
        <message>
            <source>收款收据（三联分三页）</source>
            <translation>Premium receipt (three copies on three pages)</translation>
        </message>
        <message>
            <source>收款收据（套打）</source>
            <translation>Premium receipt (pre-printed form)</translation>
        </message>
        <message>
            <source>收款收据（一张 A4 三联）</source>
            <translation>Premium receipt (three copies on one A4 sheet)</translation>
        </message>
        <message>
            <source>不予给付通知书</source>
            <translation>Rejection notice</translation>
        </message>
        <message>
            <source>单位参保凭证</source>
            <translation>Unit certificate</translation>
        </message>
        <message>
            <source>没有找到该会员，请刷新后重试。</source>
            <translation>Member not found; refresh and try again.</translation>
        </message>
        <message>
            <source>货车司机</source>
            <translation>Truck driver</translation>
        </message>
        <message>
            <source>外卖送餐员</source>
            <translation>Food delivery rider</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>居民身份证</source>
            <translation>Resident ID card</translation>
        </message>
        <message>
            <source>护照</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>港澳台居民居住证</source>
            <translation>Residence permit (HK/Macao/Taiwan)</translation>
        </message>
        <message>
            <source>其他证件</source>
            <translation>Other ID</translation>
        </message>
        <message>
            <source>性别“{g}”无法识别，请填“男”或“女”。</source>
            <translation>Sex "{g}" is not recognised; enter 男 (male) or 女 (female).</translation>
        </message>
        <message>
            <source>证件号码 {n} 已登记在单位“{unit}”，同一人不能重复登记；如已换单位，请办理调动。</source>
            <translation>ID number {n} is already registered at unit "{unit}"; a person can be registered only once. If they changed units, record a transfer.</translation>
        </message>
        <message>
            <source>第 {row} 行：{problem}</source>
            <translation>Row {row}: {problem}</translation>
        </message>
        <message>
            <source>{label}号码“{n}”应为 5 至 32 位字母或数字，请核对。</source>
            <translation>The {label} number "{n}" must be 5 to 32 letters or digits; please check.</translation>
        </message>
        <message>
            <source>使用{label}登记时须填写性别。</source>
            <translation>Registering with a {label} needs the sex.</translation>
        </message>
        <message>
            <source>使用{label}登记时须填写出生日期（1900 年以后、不晚于今天）。</source>
            <translation>Registering with a {label} needs the date of birth (after 1900, not after today).</translation>
        </message>
        <message>
            <source>群体类别“{t}”不在列表中：请选 {allowed} 之一，或留空。</source>
            <translation>Group "{t}" is not on the list: choose one of {allowed}, or leave it empty.</translation>
        </message>
        <message>
            <source>银行账号应为 10 至 30 位数字（填写的有 {n} 个字符），请核对。</source>
            <translation>A bank account number has 10 to 30 digits ({n} characters entered); please check.</translation>
        </message>
        <message>
            <source>没有找到该单位，请刷新后重试。</source>
            <translation>Unit not found; refresh and try again.</translation>
        </message>
        <message>
            <source>单位“{name}”已停用，不能登记或调入会员；请先恢复该单位。</source>
            <translation>Unit "{name}" is inactive; members cannot be registered at or transferred to it. Reactivate it first.</translation>
        </message>
        <message>
            <source>没有证件号码为 {n} 的会员。</source>
            <translation>There is no member with ID number {n}.</translation>
        </message>
        <message>
            <source>{name} 已于 {d} 离职，请先办理重新在职再调动。</source>
            <translation>{name} left on {d}; record rejoining before a transfer.</translation>
        </message>
        <message>
            <source>{name} 已在单位“{unit}”，无需调动。</source>
            <translation>{name} is already at unit "{unit}"; no transfer needed.</translation>
        </message>
        <message>
            <source>{name} 已于 {d} 办理离职。</source>
            <translation>{name} already left on {d}.</translation>
        </message>
        <message>
            <source>离职日期 {d} 不合理：不能晚于今天（{t}），也不能早于出生日期。</source>
            <translation>The leaving date {d} is implausible: it cannot be after today ({t}) or before the date of birth.</translation>
        </message>
        <message>
            <source>{name} 目前在职，无需办理重新在职。</source>
            <translation>{name} is employed now; no rejoining needed.</translation>
        </message>
        <message>
            <source>{n} 处问题，全部未写入，请改正后重新提交：</source>
            <translation>{n} problems; nothing was written. Correct them and submit again:</translation>
        </message>
        <message>
            <source>操作已取消，未写入任何数据。</source>
            <translation>Cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>性别填写为“{typed}”，但身份证号码 {n} 显示为“{real}”，请核对性别或号码。</source>
            <translation>The sex entered is "{typed}" but ID number {n} says "{real}"; check the sex or the number.</translation>
        </message>
        <message>
            <source>出生日期填写为 {typed}，但身份证号码 {n} 显示为 {real}，请核对。</source>
            <translation>The date of birth entered is {typed} but ID number {n} says {real}; please check.</translation>
        </message>
        <message>
            <source>第 {row} 行：证件号码 {n} 与第 {other} 行重复。</source>
            <translation>Row {row}: ID number {n} repeats row {other}.</translation>
        </message>
        <message>
            <source>代办处代码“{c}”应为8位数字：6位行政区划代码加2位序号。</source>
            <translation>The office code "{c}" must have 8 digits: the 6-digit area code and a 2-digit serial.</translation>
        </message>
        <message>
            <source>本数据库属于代办处 {have}（{name}），不能改为 {want}。</source>
            <translation>This database belongs to office {have} ({name}) and cannot become {want}.</translation>
        </message>
        <message>
            <source>数据库尚未初始化：请先运行 huzhu init --demo 或 huzhu init --office 代办处文件。</source>
            <translation>The database is not initialised: run huzhu init --demo or huzhu init --office OFFICE-FILE first.</translation>
        </message>
        <message>
            <source>没有证件号码为 {i} 的会员。</source>
            <translation>There is no member with ID number {i}.</translation>
        </message>
        <message>
            <source>会员 {name} 没有有效的参保记录，不能打印参保凭证。</source>
            <translation>Member {name} has no enrolment in force; no certificate of cover can be printed.</translation>
        </message>
        <message>
            <source>没有统一社会信用代码为 {c} 的单位。</source>
            <translation>There is no unit with unified social credit code {c}.</translation>
        </message>
        <message>
            <source>单位 {u} 没有有效的参保单。</source>
            <translation>Unit {u} has no enrolment in force.</translation>
        </message>
        <message>
            <source>没有编号为 {n} 的收款记录。</source>
            <translation>There is no payment numbered {n}.</translation>
        </message>
        <message>
            <source>{n} 是退款记录，不能打印收款收据。</source>
            <translation>{n} is a refund; no receipt can be printed for it.</translation>
        </message>
        <message>
            <source>理赔 {n} 尚未审批，不能打印通知书。</source>
            <translation>Claim {n} is not decided yet; no notice can be printed.</translation>
        </message>
        <message>
            <source>没有名为“{n}”的版式；可用的有：{all}。</source>
            <translation>There is no layout named "{n}"; available: {all}.</translation>
        </message>
        <message>
            <source>偏移量应在 ±50 毫米以内，请重新测量。</source>
            <translation>The offset must be within ±50 mm; please measure again.</translation>
        </message>
        <message>
            <source>版式文件 {p} 无法读取：{e}</source>
            <translation>Cannot read the layout file {p}: {e}</translation>
        </message>
        <message>
            <source>已取消打印，未生成文件。</source>
            <translation>Printing cancelled; no file was made.</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>代办处</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>证件号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>保障期间</source>
            <translation>Cover period</translation>
        </message>
        <message>
            <source>计划及份数</source>
            <translation>Plans and shares</translation>
        </message>
        <message>
            <source>统一社会信用代码</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <source>人数</source>
            <translation>People</translation>
        </message>
        <message>
            <source>金额（分）</source>
            <translation>Amount (fen)</translation>
        </message>
        <message>
            <source>收款日期</source>
            <translation>Payment date</translation>
        </message>
        <message>
            <source>保障计划</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>受理日期</source>
            <translation>Claim date</translation>
        </message>
        <message>
            <source>决定日期</source>
            <translation>Decision date</translation>
        </message>
        <message>
            <source>已取消批量打印，未发放凭证编号。</source>
            <translation>Batch printing cancelled; no certificate numbers were issued.</translation>
        </message>
        <message>
            <source>参保情况统计表</source>
            <translation>Enrolment statistics</translation>
        </message>
        <message>
            <source>理赔情况统计表</source>
            <translation>Claim statistics</translation>
        </message>
        <message>
            <source>单位对账单</source>
            <translation>Unit statement</translation>
        </message>
        <message>
            <source>八大群体赠送情况表</source>
            <translation>Gifts to the eight priority groups</translation>
        </message>
        <message>
            <source>工作落实情况报表</source>
            <translation>Work progress report</translation>
        </message>
        <message>
            <source>理赔台账</source>
            <translation>Claims ledger</translation>
        </message>
        <message>
            <source>增值服务情况表</source>
            <translation>Member services report</translation>
        </message>
        <message>
            <source>职工覆盖率（%）</source>
            <translation>Worker coverage (%)</translation>
        </message>
        <message>
            <source>新增参保单位（家）</source>
            <translation>New insured units</translation>
        </message>
        <message>
            <source>参保人数（人）</source>
            <translation>Members enrolled</translation>
        </message>
        <message>
            <source>八大群体赠送（人）</source>
            <translation>Eight priority groups gifted (people)</translation>
        </message>
        <message>
            <source>职工覆盖率目标（%）</source>
            <translation>Worker coverage target (%)</translation>
        </message>
        <message>
            <source>新增参保单位目标（家）</source>
            <translation>New insured units target</translation>
        </message>
        <message>
            <source>参保人数目标（人）</source>
            <translation>Members enrolled target</translation>
        </message>
        <message>
            <source>八大群体赠送目标（人）</source>
            <translation>Eight priority groups gift target (people)</translation>
        </message>
        <message>
            <source>辖区职工总数（人）</source>
            <translation>Workers in the area</translation>
        </message>
        <message>
            <source>指标来源只能是：{v}。</source>
            <translation>The source of a figure must be one of: {v}.</translation>
        </message>
        <message>
            <source>年度“{y}”不对。</source>
            <translation>The year "{y}" is not valid.</translation>
        </message>
        <message>
            <source>没有名为“{k}”的指标。</source>
            <translation>There is no figure named "{k}".</translation>
        </message>
        <message>
            <source>单位对账单需要单位的统一社会信用代码（--unit）。</source>
            <translation>A unit statement needs the unit's unified social credit code (--unit).</translation>
        </message>
        <message>
            <source>没有名为“{n}”的报表：可选 {all}。</source>
            <translation>There is no report named "{n}": choose from {all}.</translation>
        </message>
        <message>
            <source>统计期间的结束日早于开始日。</source>
            <translation>The period ends before it starts.</translation>
        </message>
        <message>
            <source>在职</source>
            <translation>Employed</translation>
        </message>
        <message>
            <source>花名册“{f}”未导入：{rows} 行有问题，{rules} 项参保规则不符合，未写入任何数据。</source>
            <translation>Roster "{f}" was not imported: {rows} rows have problems and {rules} enrolment rules are not met; nothing was written.</translation>
        </message>
        <message>
            <source>花名册“{f}”的表头下没有数据行，请填写人员后再导入。</source>
            <translation>Roster "{f}" has no rows below the header; fill in the people and import again.</translation>
        </message>
        <message>
            <source>导入已取消，未写入任何数据。</source>
            <translation>Import cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>“{f}”的前 {n} 行中没有找到表头：表头行须同时有“姓名”和“身份证号码”（或“证件号码”）两列。</source>
            <translation>No header found in the first {n} rows of "{f}": the header row needs both a 姓名 (name) and a 身份证号码 (or 证件号码, ID number) column.</translation>
        </message>
        <message>
            <source>不支持“{f}”的文件类型：请使用 .xlsx、.xls 或 .csv 文件。</source>
            <translation>The file type of "{f}" is not supported: use an .xlsx, .xls or .csv file.</translation>
        </message>
        <message>
            <source>找不到文件“{f}”。</source>
            <translation>File "{f}" not found.</translation>
        </message>
        <message>
            <source>无法读取“{f}”：文件已损坏、有密码或不是 Excel 文件（{e}）。</source>
            <translation>Cannot read "{f}": the file is damaged, password-protected or not an Excel file ({e}).</translation>
        </message>
        <message>
            <source>姓名缺失或过长</source>
            <translation>Name missing or too long</translation>
        </message>
        <message>
            <source>证件号码为空</source>
            <translation>ID number empty</translation>
        </message>
        <message>
            <source>证件号码被存成数字、末位丢失</source>
            <translation>ID number stored as a number, last digits lost</translation>
        </message>
        <message>
            <source>证件号码格式或出生日期有误</source>
            <translation>Wrong ID number format or date of birth</translation>
        </message>
        <message>
            <source>身份证号码校验位错误</source>
            <translation>Wrong ID check digit</translation>
        </message>
        <message>
            <source>证件类型无法识别</source>
            <translation>Unknown ID type</translation>
        </message>
        <message>
            <source>性别无法识别</source>
            <translation>Unknown sex</translation>
        </message>
        <message>
            <source>性别与身份证不符</source>
            <translation>Sex differs from ID card</translation>
        </message>
        <message>
            <source>出生日期有误</source>
            <translation>Wrong date of birth</translation>
        </message>
        <message>
            <source>电话格式不对</source>
            <translation>Wrong phone format</translation>
        </message>
        <message>
            <source>人员类别不在列表中</source>
            <translation>Group not on the list</translation>
        </message>
        <message>
            <source>银行账号有误</source>
            <translation>Wrong bank account</translation>
        </message>
        <message>
            <source>文件内重复</source>
            <translation>Duplicate in the file</translation>
        </message>
        <message>
            <source>已是其他单位的会员</source>
            <translation>Member of another unit</translation>
        </message>
        <message>
            <source>已离职</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>姓名与已登记的不一致</source>
            <translation>Name differs from the registered one</translation>
        </message>
        <message>
            <source>已参保，不能重复参保</source>
            <translation>Already enrolled</translation>
        </message>
        <message>
            <source>年龄不符合参保条件</source>
            <translation>Age outside the plan's range</translation>
        </message>
        <message>
            <source>隐藏号码对不上本单位会员</source>
            <translation>Masked number matches no member of the unit</translation>
        </message>
        <message>
            <source>证件类型“{t}”无法识别，请填 {allowed} 之一。</source>
            <translation>ID type "{t}" is not recognised; enter one of {allowed}.</translation>
        </message>
        <message>
            <source>证件号码不能为空。</source>
            <translation>The ID number must not be empty.</translation>
        </message>
        <message>
            <source>人员类别“{t}”不在列表中：请选 {allowed} 之一，或留空。</source>
            <translation>Group "{t}" is not on the list: choose one of {allowed}, or leave it empty.</translation>
        </message>
        <message>
            <source>身份证号码“{n}”校验位错误，且以 000 结尾：多半是 Excel 把它存成了数字、丢了末位，请按原证件重新填写。</source>
            <translation>ID number "{n}" has a wrong check digit and ends in 000: Excel most likely stored it as a number and lost the last digits. Re-enter it from the ID card.</translation>
        </message>
        <message>
            <source>出生日期“{d}”无法识别，请写成 1990-01-31。</source>
            <translation>Date of birth "{d}" is not recognised; write it as 1990-01-31.</translation>
        </message>
        <message>
            <source>证件号码被 Excel 存成了数字（显示为 {shown}），15 位以后的数字已经丢失，无法修复；请把“证件号码”列设置为“文本”格式，再按原证件重新填写。</source>
            <translation>Excel stored the ID number as a number (shown as {shown}); the digits after the 15th are lost and cannot be recovered. Format the ID number column as Text and re-enter the numbers from the ID cards.</translation>
        </message>
        <message>
            <source>请先输入会员证件号码并按回车。</source>
            <translation>Enter the member's ID number and press Enter first.</translation>
        </message>
        <message>
            <source>使用{label}登记时须填写{f}。</source>
            <translation>Registering with a {label} needs {f}.</translation>
        </message>
        <message>
            <source>证件号码 {n} 中间几位是隐藏的，本单位没有姓名为“{name}”、号码与之相符的会员；新职工请填写完整号码。</source>
            <translation>ID number {n} has hidden middle digits and no member of this unit named "{name}" has a matching number; enter the full number for new employees.</translation>
        </message>
        <message>
            <source>证件号码 {n} 与第 {others} 行重复，同一人只能出现一次，请删去多余的行。</source>
            <translation>ID number {n} repeats row {others}; a person may appear only once. Delete the extra rows.</translation>
        </message>
        <message>
            <source>{name} 在生效日 {d} 为 {a} 周岁，{c} 的参保年龄为 {lo}–{hi} 周岁，请移出名单。</source>
            <translation>{name} is {a} on the start date {d}; the enrolment age of {c} is {lo}–{hi}. Remove them from the list.</translation>
        </message>
        <message>
            <source>{name}（{n}）已是单位“{u}”的会员，同一人不能在两个单位参保；如已换单位，请先办理调动。</source>
            <translation>{name} ({n}) is already a member of unit "{u}"; a person cannot enrol at two units. If they changed units, record a transfer first.</translation>
        </message>
        <message>
            <source>{name} 在 {s} 至 {e} 已参保 {c}（{num}），同一计划同一天只能参保一次；请移出名单或改在期满后生效。</source>
            <translation>{name} is already enrolled in {c} from {s} to {e} ({num}); a plan can be held only once on any day. Remove them from the list or start after that cover ends.</translation>
        </message>
        <message>
            <source>{name} 已登记为离职，请先在会员页办理重新在职，再导入。</source>
            <translation>{name} is recorded as having left; record rejoining on the Members page first, then import.</translation>
        </message>
        <message>
            <source>证件号码 {n} 登记的姓名是“{known}”，名单中写的是“{typed}”，请核对。</source>
            <translation>ID number {n} is registered as "{known}" but the list says "{typed}"; please check.</translation>
        </message>
        <message>
            <source>生效日规则</source>
            <translation>Effective-date rule</translation>
        </message>
        <message>
            <source>固定批次生效日</source>
            <translation>Fixed batch start date</translation>
        </message>
        <message>
            <source>同步提醒间隔（天）</source>
            <translation>Sync reminder interval (days)</translation>
        </message>
        <message>
            <source>理赔服务承诺时限（工作日）</source>
            <translation>Claim service promise (working days)</translation>
        </message>
        <message>
            <source>备份文件夹</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>界面语言</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>没有名为“{k}”的设置项。</source>
            <translation>There is no setting named "{k}".</translation>
        </message>
        <message>
            <source>“{label}”应为 1 到 365 之间的整数。</source>
            <translation>"{label}" must be a whole number from 1 to 365.</translation>
        </message>
        <message>
            <source>代办处上报包（.hzp）</source>
            <translation>office package (.hzp)</translation>
        </message>
        <message>
            <source>省办事处回执包（.hzr）</source>
            <translation>provincial return package (.hzr)</translation>
        </message>
        <message>
            <source>代办处 {c} 还没有省办事处签发的同步密钥，不能同步。请用省办事处签发的代办处文件（.hzo）初始化：huzhu init --office 文件。</source>
            <translation>Office {c} has no sync key from the provincial office yet, so it cannot sync. Initialise it with the office file (.hzo) issued by the provincial office: huzhu init --office FILE.</translation>
        </message>
        <message>
            <source>代办处文件“{f}”的签名无效（文件被改动），未使用。</source>
            <translation>The signature of office file "{f}" is invalid (the file was changed); not used.</translation>
        </message>
        <message>
            <source>代办处文件格式版本 {v} 不受支持，请升级软件。</source>
            <translation>Office file format version {v} is not supported; please upgrade the software.</translation>
        </message>
        <message>
            <source>“{f}”不是有效的代办处文件（.hzo），请向省办事处重新索取。</source>
            <translation>"{f}" is not a valid office file (.hzo); ask the provincial office for a new one.</translation>
        </message>
        <message>
            <source>没有编号为 {i} 的同步提醒。</source>
            <translation>There is no sync alert numbered {i}.</translation>
        </message>
        <message>
            <source>登记单位</source>
            <translation>Register unit</translation>
        </message>
        <message>
            <source>修改单位</source>
            <translation>Edit unit</translation>
        </message>
        <message>
            <source>停用单位</source>
            <translation>Deactivate unit</translation>
        </message>
        <message>
            <source>恢复单位</source>
            <translation>Reactivate unit</translation>
        </message>
        <message>
            <source>登记会员</source>
            <translation>Register member</translation>
        </message>
        <message>
            <source>修改会员</source>
            <translation>Edit member</translation>
        </message>
        <message>
            <source>调动单位</source>
            <translation>Transfer to another unit</translation>
        </message>
        <message>
            <source>离职</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>文件“{file}”不是同步包（不是 ZIP 格式）。请确认选择的是 .hzp/.hzr 文件。</source>
            <translation>The file "{file}" is not a sync package (not a ZIP file). Make sure you chose an .hzp/.hzr file.</translation>
        </message>
        <message>
            <source>同步包“{file}”不完整（ZIP 文件被截断或损坏）。请重新拷贝原文件。</source>
            <translation>Sync package "{file}" is incomplete (the ZIP file is truncated or damaged). Copy the original file again.</translation>
        </message>
        <message>
            <source>同步包“{file}”大小 {size} 字节，超过上限 {limit} 字节，已拒收。</source>
            <translation>Sync package "{file}" has {size} bytes, more than the limit of {limit}; refused.</translation>
        </message>
        <message>
            <source>同步包中条目“{entry}”出现了不止一次，可能被篡改，已拒收。</source>
            <translation>The entry "{entry}" appears more than once in the sync package, which may have been tampered with; refused.</translation>
        </message>
        <message>
            <source>同步包中条目“{entry}”使用绝对路径，已拒收。</source>
            <translation>The entry "{entry}" in the sync package uses an absolute path; refused.</translation>
        </message>
        <message>
            <source>同步包中条目“{entry}”含有“..”，企图写到包外，已拒收。</source>
            <translation>The entry "{entry}" in the sync package contains ".." to write outside the package; refused.</translation>
        </message>
        <message>
            <source>同步包中条目“{entry}”位于 data/ 目录之外，已拒收。</source>
            <translation>The entry "{entry}" in the sync package lies outside data/; refused.</translation>
        </message>
        <message>
            <source>同步包中含有清单未列出的条目“{entry}”，已拒收。</source>
            <translation>The sync package holds an entry "{entry}" that the manifest does not list; refused.</translation>
        </message>
        <message>
            <source>同步包中条目“{entry}”压缩比异常（{ratio} 倍，疑似压缩炸弹），已拒收。</source>
            <translation>The entry "{entry}" in the sync package has an abnormal compression ratio ({ratio}×, a suspected zip bomb); refused.</translation>
        </message>
        <message>
            <source>同步包缺少清单 manifest.json，已拒收。</source>
            <translation>The sync package lacks its manifest manifest.json; refused.</translation>
        </message>
        <message>
            <source>同步包缺少签名 manifest.sig，无法确认来源，已拒收。</source>
            <translation>The sync package lacks its signature manifest.sig, so its origin cannot be confirmed; refused.</translation>
        </message>
        <message>
            <source>同步包的清单无法读取（{detail}），已拒收。</source>
            <translation>The sync package's manifest cannot be read ({detail}); refused.</translation>
        </message>
        <message>
            <source>同步包格式版本为 {version}，本程序只支持到 {supported}。请先升级软件再导入。</source>
            <translation>The sync package has format version {version}; this program supports up to {supported}. Upgrade the software before importing.</translation>
        </message>
        <message>
            <source>这是{got}，此处需要{want}。</source>
            <translation>This is an {got}; an {want} is needed here.</translation>
        </message>
        <message>
            <source>代办处 {office} 未在省办事处登记，同步包已拒收。</source>
            <translation>Office {office} is not registered with the provincial office; sync package refused.</translation>
        </message>
        <message>
            <source>同步包声称来自代办处 {claimed}，却是用代办处 {signer} 的密钥签名的，已拒收。</source>
            <translation>The sync package claims to come from office {claimed} but is signed with the key of office {signer}; refused.</translation>
        </message>
        <message>
            <source>该回执包发给代办处 {office}，不是本代办处 {mine}，未导入。</source>
            <translation>This return package is for office {office}, not this office {mine}; not imported.</translation>
        </message>
        <message>
            <source>同步包签名无效：清单被改动或不是由 {signer} 签发，已拒收。</source>
            <translation>Invalid sync package signature: the manifest was changed or not signed by {signer}; refused.</translation>
        </message>
        <message>
            <source>缺少第 {missing} 号同步包（已收到第 {last} 号，本包为第 {seq} 号）。请先导入第 {missing} 号包。</source>
            <translation>Sync package no. {missing} is missing (received up to no. {last}, this is no. {seq}). Import package no. {missing} first.</translation>
        </message>
        <message>
            <source>第 {seq} 号同步包已经收到过（内容不同，已收到到第 {last} 号）：这是旧包或重放，已拒收。</source>
            <translation>Sync package no. {seq} was received before with different content (received up to no. {last}): an old package or a replay; refused.</translation>
        </message>
        <message>
            <source>第 {seq} 号同步包记录的上一包哈希与已收到的第 {prev} 号包不符，已拒收。</source>
            <translation>The previous-package hash in sync package no. {seq} does not match the package no. {prev} received; refused.</translation>
        </message>
        <message>
            <source>清单列出的文件“{entry}”不在同步包中，已拒收。</source>
            <translation>The file "{entry}" listed in the manifest is not in the sync package; refused.</translation>
        </message>
        <message>
            <source>文件“{entry}”大小 {size} 字节，超过清单声明的 {declared} 字节，已拒收。</source>
            <translation>The file "{entry}" has {size} bytes, more than the {declared} the manifest declares; refused.</translation>
        </message>
        <message>
            <source>文件“{entry}”只有 {size} 字节，少于清单声明的 {declared} 字节（被截断），已拒收。</source>
            <translation>The file "{entry}" has only {size} bytes, fewer than the {declared} the manifest declares (truncated); refused.</translation>
        </message>
        <message>
            <source>文件“{entry}”的 SHA-256 与清单不符（内容被改动），已拒收。</source>
            <translation>The SHA-256 of file "{entry}" does not match the manifest (the content was changed); refused.</translation>
        </message>
        <message>
            <source>文件“{entry}”无法解密：不是为本机密钥加密的，或内容被改动，已拒收。</source>
            <translation>The file "{entry}" cannot be decrypted: it was not encrypted for this key or its content was changed; refused.</translation>
        </message>
        <message>
            <source>文件“{entry}”解压后超过清单声明的 {declared} 字节（疑似压缩炸弹），已拒收。</source>
            <translation>The file "{entry}" unpacks to more than the {declared} bytes the manifest declares (a suspected zip bomb); refused.</translation>
        </message>
        <message>
            <source>文件“{entry}”第 {line} 行数据无效（{detail}），已拒收。</source>
            <translation>Line {line} of file "{entry}" holds invalid data ({detail}); refused.</translation>
        </message>
        <message>
            <source>重新在职</source>
            <translation>Rejoin</translation>
        </message>
        <message>
            <source>单位名称</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <source>在职职工数</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>女职工数</source>
            <translation>Female employees</translation>
        </message>
        <message>
            <source>行业</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>工会名称</source>
            <translation>Union name</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>证件类型</source>
            <translation>ID type</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>群体类别</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>开户银行</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>银行账号</source>
            <translation>Bank account</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>{label}的第 {pos} 个字符是看不见的字符 {char}，不能保存：请删去它后重新输入（复制粘贴或单位的文件常会带入这类字符）。</source>
            <translation>Character {pos} of {label} is the invisible character {char} and cannot be saved: delete it and type the text again (copying and pasting, or files from units, often bring such characters in).</translation>
        </message>
        <message>
            <source>控制字符</source>
            <translation>control character</translation>
        </message>
        <message>
            <source>电话“{p}”格式不对：手机号为11位数字（如 13800001111），固定电话带区号（如 0919-6612345）。</source>
            <translation>Phone "{p}" has the wrong format: a mobile number has 11 digits (e.g. 13800001111), a landline includes the area code (e.g. 0919-6612345).</translation>
        </message>
        <message>
            <source>{label}不能为空。</source>
            <translation>{label} must not be empty.</translation>
        </message>
        <message>
            <source>{label}不能超过 {n} 个字（现有 {m} 个）。</source>
            <translation>{label} may have at most {n} characters (it has {m}).</translation>
        </message>
        <message>
            <source>统一社会信用代码 {c} 已登记为单位“{name}”，请核对或直接修改该单位。</source>
            <translation>Unified social credit code {c} is already registered for unit "{name}"; check it or edit that unit.</translation>
        </message>
        <message>
            <source>在职职工数应为 1 至 {n} 的整数（填写的是 {h}）。</source>
            <translation>The number of employees must be a whole number from 1 to {n} ({h} entered).</translation>
        </message>
        <message>
            <source>女职工数 {f} 不能超过在职职工数 {h}，也不能为负数。</source>
            <translation>The number of women employees, {f}, cannot exceed the number of employees, {h}, nor be negative.</translation>
        </message>
        <message>
            <source>单位“{name}”已是{state}状态。</source>
            <translation>Unit "{name}" is already {state}.</translation>
        </message>
        <message>
            <source>没有找到该单位（可能已被其他操作员删除），请刷新后重试。</source>
            <translation>Unit not found (another operator may have deleted it); refresh and try again.</translation>
        </message>
        <message>
            <source>没有统一社会信用代码为 {c} 的单位，请先登记该单位。</source>
            <translation>There is no unit with unified social credit code {c}; register the unit first.</translation>
        </message>
    </context>
    <context>
        <name>application</name>
        <message>
            <source>无法打开数据库</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <source>从备份恢复…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>选择备份文件</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <source>尚无代办处数据</source>
            <translation>No office data yet</translation>
        </message>
        <message>
            <source>此数据文件夹中还没有代办处数据（{path}）。

是否创建演示代办处（铜川市耀州区代办处，含示例单位和会员）来试用本系统？
正式使用时，请用省办事处发给本代办处的代办处文件初始化。</source>
            <translation>This data folder holds no office yet ({path}).

Create the demo office (Yaozhou District office, Tongchuan, with sample units and members) to try the program?
For real work, initialise it with the office file the provincial office issued to your office.</translation>
        </message>
        <message>
            <source>出错了</source>
            <translation>Something went wrong</translation>
        </message>
    </context>
    <context>
        <name>backups</name>
        <message>
            <source>正在备份数据，请稍候…</source>
            <translation>Backing up data, please wait…</translation>
        </message>
        <message>
            <source>退出前备份</source>
            <translation>Backup before exit</translation>
        </message>
        <message>
            <source>退出前备份失败</source>
            <translation>Backup before exit failed</translation>
        </message>
        <message>
            <source>退出前的自动备份没有完成：{e}
数据库本身没有受影响；请检查备份文件夹。</source>
            <translation>The automatic backup before exit did not finish: {e}
The database itself is not affected; please check the backup folder.</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>只有{roles}可以修改，这里仅供查看。</source>
            <translation>Only these roles can make changes: {roles}. You can only view here.</translation>
        </message>
    </context>
    <context>
        <name>list_export</name>
        <message>
            <source>导出…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>把列表中显示的行（已按条件筛选）导出为 Excel 文件</source>
            <translation>Export the rows shown in the list (as filtered) to an Excel file</translation>
        </message>
        <message>
            <source>导出到 Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>已导出 {n} 行到
{path}</source>
            <translation>Exported {n} rows to
{path}</translation>
        </message>
        <message>
            <source>证件号码、电话等个人信息已按您的权限隐藏部分内容。</source>
            <translation>Personal data such as ID and phone numbers is partly hidden, as your role requires.</translation>
        </message>
        <message>
            <source>导出完成</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <source>打开文件</source>
            <translation>Open file</translation>
        </message>
        <message>
            <source>打开所在文件夹</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <source>正在取消，已做的修改将全部撤销…</source>
            <translation>Cancelling; every change made so far will be undone…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>无法读写文件 {path}（{reason}）。操作没有完成，数据未作修改。请关闭正在使用该文件的程序（如 Excel），确认磁盘有空间、U 盘仍已插好，或换一个位置后重试。</source>
            <translation>Cannot read or write the file {path} ({reason}). Nothing was done and no data was changed. Close any program using the file (such as Excel), check that the disk has space and the USB stick is still plugged in, or try another location.</translation>
        </message>
        <message>
            <source>发生了意外错误，操作没有完成，数据未作修改。详情已写入日志文件，请交给技术支持。</source>
            <translation>An unexpected error stopped the operation; no data was changed. The details are in the log file; please send it to support.</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <source>工作台</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>会员</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>参保</source>
            <translation>Enrolment</translation>
        </message>
        <message>
            <source>理赔</source>
            <translation>Claims</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>Printing</translation>
        </message>
        <message>
            <source>同步</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>办事处</source>
            <translation>Offices</translation>
        </message>
        <message>
            <source>审批</source>
            <translation>Approvals</translation>
        </message>
        <message>
            <source>目录与指标</source>
            <translation>Catalogues and targets</translation>
        </message>
        <message>
            <source>分析</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <source>报表</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>Operators</translation>
        </message>
        <message>
            <source>增值服务</source>
            <translation>Member services</translation>
        </message>
        <message>
            <source>设置</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <source>备份 {name} 已加密，请输入备份口令：</source>
            <translation>Backup {name} is encrypted; enter the backup passphrase:</translation>
        </message>
        <message>
            <source>备份口令</source>
            <translation>Backup passphrase</translation>
        </message>
        <message>
            <source>已恢复</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>已从备份恢复数据库。原数据库文件另存为：{kept}</source>
            <translation>The database was restored from the backup. The previous database file was kept as: {kept}</translation>
        </message>
        <message>
            <source>恢复失败</source>
            <translation>Restore failed</translation>
        </message>
    </context>
</TS>
