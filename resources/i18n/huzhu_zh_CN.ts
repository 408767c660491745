<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AddDialog</name>
        <message>
            <source>添加操作员</source>
            <translation>添加操作员</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>角色</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>初始密码</source>
            <translation>初始密码</translation>
        </message>
    </context>
    <context>
        <name>AddOperatorDialog</name>
        <message>
            <source>新增操作员</source>
            <translation>新增操作员</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>角色</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>再次输入密码</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <source>两次输入的密码不一致。</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>AdditionDialog</name>
        <message>
            <source>增员 — {n}</source>
            <translation>增员 — {n}</translation>
        </message>
        <message>
            <source>{u}，参保单 {n}，保障期 {a} 至 {b}。增员随原参保单期满，按剩余月数计收会费。</source>
            <translation>{u}，参保单 {n}，保障期 {a} 至 {b}。增员随原参保单期满，按剩余月数计收会费。</translation>
        </message>
        <message>
            <source>按姓名或证件号码筛选本单位未参保的会员</source>
            <translation>按姓名或证件号码筛选本单位未参保的会员</translation>
        </message>
        <message>
            <source>从名册文件选择(&amp;F)…</source>
            <translation>从名册文件选择(&amp;F)…</translation>
        </message>
        <message>
            <source>确认增员(&amp;S)</source>
            <translation>确认增员(&amp;S)</translation>
        </message>
        <message>
            <source>打印收款收据(&amp;R)…</source>
            <translation>打印收款收据(&amp;R)…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>增员生效日(&amp;D)</source>
            <translation>增员生效日(&amp;D)</translation>
        </message>
        <message>
            <source>选择增员名册</source>
            <translation>选择增员名册</translation>
        </message>
        <message>
            <source>花名册 (*.xlsx *.xls *.csv)</source>
            <translation>花名册 (*.xlsx *.xls *.csv)</translation>
        </message>
        <message>
            <source>名册中有 {k} 人已在本参保单中，未重复勾选。</source>
            <translation>名册中有 {k} 人已在本参保单中，未重复勾选。</translation>
        </message>
        <message>
            <source>请勾选增员人员，或从名册文件选择。</source>
            <translation>请勾选增员人员，或从名册文件选择。</translation>
        </message>
        <message>
            <source>{c} {s} 份：{f} 元 × {m}/{t} 个月 = {p} 元/人，{n} 人，保障至 {e}</source>
            <translation>{c} {s} 份：{f} 元 × {m}/{t} 个月 = {p} 元/人，{n} 人，保障至 {e}</translation>
        </message>
        <message>
            <source>应缴会费</source>
            <translation>应缴会费</translation>
        </message>
        <message>
            <source>增员</source>
            <translation>增员</translation>
        </message>
        <message>
            <source>已增员 {m} 人，收据 {r}。</source>
            <translation>已增员 {m} 人，收据 {r}。</translation>
        </message>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <source>已收会费</source>
            <translation>已收会费</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>管理员</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>再次输入密码</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <source>演示操作员：admin、clerk1、clerk2、reviewer1、supervisor1，密码均为 {p}。</source>
            <translation>演示操作员：admin、clerk1、clerk2、reviewer1、supervisor1，密码均为 {p}。</translation>
        </message>
        <message>
            <source>代办处 {code}（{name}）。请为管理员 admin 设置密码（至少 8 位）。</source>
            <translation>代办处 {code}（{name}）。请为管理员 admin 设置密码（至少 8 位）。</translation>
        </message>
        <message>
            <source>两次输入的密码不一致。</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPage</name>
        <message>
            <source>全部年度</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <source>计算</source>
            <translation>计算</translation>
        </message>
        <message>
            <source>导出 Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>计划</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>代办处</source>
            <translation>代办处</translation>
        </message>
        <message>
            <source>年龄段</source>
            <translation>年龄段</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>行业</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>副险人数</source>
            <translation>副险人数</translation>
        </message>
        <message>
            <source>无主险人数</source>
            <translation>无主险人数</translation>
        </message>
        <message>
            <source>在册职工</source>
            <translation>在册职工</translation>
        </message>
        <message>
            <source>参保人数</source>
            <translation>参保人数</translation>
        </message>
        <message>
            <source>在册平均年龄</source>
            <translation>在册平均年龄</translation>
        </message>
        <message>
            <source>参保平均年龄</source>
            <translation>参保平均年龄</translation>
        </message>
        <message>
            <source>相差（岁）</source>
            <translation>相差（岁）</translation>
        </message>
        <message>
            <source>理赔件数</source>
            <translation>理赔件数</translation>
        </message>
        <message>
            <source>保障开始90天内出险</source>
            <translation>保障开始90天内出险</translation>
        </message>
        <message>
            <source>占比</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>其支付金额（元）</source>
            <translation>其支付金额（元）</translation>
        </message>
        <message>
            <source>月份</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>会费收入（元）</source>
            <translation>会费收入（元）</translation>
        </message>
        <message>
            <source>支付金额（元）</source>
            <translation>支付金额（元）</translation>
        </message>
        <message>
            <source>按计划</source>
            <translation>按计划</translation>
        </message>
        <message>
            <source>按代办处</source>
            <translation>按代办处</translation>
        </message>
        <message>
            <source>明细</source>
            <translation>明细</translation>
        </message>
        <message>
            <source>参副不参主</source>
            <translation>参副不参主</translation>
        </message>
        <message>
            <source>参老不参少</source>
            <translation>参老不参少</translation>
        </message>
        <message>
            <source>参病不参健</source>
            <translation>参病不参健</translation>
        </message>
        <message>
            <source>月度趋势</source>
            <translation>月度趋势</translation>
        </message>
        <message>
            <source>数据分析</source>
            <translation>数据分析</translation>
        </message>
        <message>
            <source>会费收入 {p} 元，支付 {b} 元，赔付率 {r}</source>
            <translation>会费收入 {p} 元，支付 {b} 元，赔付率 {r}</translation>
        </message>
        <message>
            <source>男</source>
            <translation>男</translation>
        </message>
        <message>
            <source>女</source>
            <translation>女</translation>
        </message>
        <message>
            <source>导出 Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>已保存：{p}</source>
            <translation>已保存：{p}</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsPage</name>
        <message>
            <source>理赔编号</source>
            <translation>理赔编号</translation>
        </message>
        <message>
            <source>代办处</source>
            <translation>代办处</translation>
        </message>
        <message>
            <source>会员</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>计划</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>受理日期</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>核定金额（元）</source>
            <translation>核定金额（元）</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>批准…</source>
            <translation>批准…</translation>
        </message>
        <message>
            <source>不批准…</source>
            <translation>不批准…</translation>
        </message>
        <message>
            <source>只有省办事处审批员或管理员可以审批大额理赔。</source>
            <translation>只有省办事处审批员或管理员可以审批大额理赔。</translation>
        </message>
        <message>
            <source>待省办事处审批的理赔（单件核定金额 2 万元及以上）；审批结果随回执包发回代办处。</source>
            <translation>待省办事处审批的理赔（单件核定金额 2 万元及以上）；审批结果随回执包发回代办处。</translation>
        </message>
        <message>
            <source>审批</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>理赔 {n}：{office} {name}，{member}，{plan} {kind}</source>
            <translation>理赔 {n}：{office} {name}，{member}，{plan} {kind}</translation>
        </message>
        <message>
            <source>出险日期 {e}；医院 {h}；医疗总费用 {t} 元；政策内个人自付 {s} 元</source>
            <translation>出险日期 {e}；医院 {h}；医疗总费用 {t} 元；政策内个人自付 {s} 元</translation>
        </message>
        <message>
            <source>核定金额：{a} 元</source>
            <translation>核定金额：{a} 元</translation>
        </message>
        <message>
            <source>计算过程：</source>
            <translation>计算过程：</translation>
        </message>
        <message>
            <source>材料：{d}</source>
            <translation>材料：{d}</translation>
        </message>
        <message>
            <source>已由 {who} 审批：{s}，理由：{r}</source>
            <translation>已由 {who} 审批：{s}，理由：{r}</translation>
        </message>
        <message>
            <source>批准</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>不批准</source>
            <translation>不批准</translation>
        </message>
        <message>
            <source>理由（可不填）：</source>
            <translation>理由（可不填）：</translation>
        </message>
        <message>
            <source>不批准的理由：</source>
            <translation>不批准的理由：</translation>
        </message>
        <message>
            <source>确定{verb}理赔 {n}（{o}，{a} 元）？审批结果将随下一个回执包发回代办处。</source>
            <translation>确定{verb}理赔 {n}（{o}，{a} 元）？审批结果将随下一个回执包发回代办处。</translation>
        </message>
        <message>
            <source>理赔 {n}：{verb}；将随下一个回执包发回。</source>
            <translation>理赔 {n}：{verb}；将随下一个回执包发回。</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>备份</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>备份文件夹（建议选 U 盘或另一块硬盘上的文件夹）：</source>
            <translation>备份文件夹（建议选 U 盘或另一块硬盘上的文件夹）：</translation>
        </message>
        <message>
            <source>备份计划：每天首次启动时自动备份一次，每次退出时再备份一次；保留最近 7 天每天、4 周每周、12 个月每月的最新备份。</source>
            <translation>备份计划：每天首次启动时自动备份一次，每次退出时再备份一次；保留最近 7 天每天、4 周每周、12 个月每月的最新备份。</translation>
        </message>
        <message>
            <source>选择备份文件夹</source>
            <translation>选择备份文件夹</translation>
        </message>
        <message>
            <source>无法使用该文件夹：{e}</source>
            <translation>无法使用该文件夹：{e}</translation>
        </message>
    </context>
    <context>
        <name>CalibrationBox</name>
        <message>
            <source>套打校准</source>
            <translation>套打校准</translation>
        </message>
        <message>
            <source>打印机名称（留空为默认）</source>
            <translation>打印机名称（留空为默认）</translation>
        </message>
        <message>
            <source>右移</source>
            <translation>右移</translation>
        </message>
        <message>
            <source>下移</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>生成校准页</source>
            <translation>生成校准页</translation>
        </message>
        <message>
            <source>保存偏移</source>
            <translation>保存偏移</translation>
        </message>
        <message>
            <source>版式</source>
            <translation>版式</translation>
        </message>
        <message>
            <source>打印机</source>
            <translation>打印机</translation>
        </message>
        <message>
            <source>偏移（毫米）</source>
            <translation>偏移（毫米）</translation>
        </message>
        <message>
            <source>校准页 %1</source>
            <translation>校准页 %1</translation>
        </message>
        <message>
            <source>没有数据文件夹，无法保存偏移。</source>
            <translation>没有数据文件夹，无法保存偏移。</translation>
        </message>
        <message>
            <source>已保存到 %1</source>
            <translation>已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>撤销参保 — {n}</source>
            <translation>撤销参保 — {n}</translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <source>{p} {a} 元</source>
            <translation>{p} {a} 元</translation>
        </message>
        <message>
            <source>{u} 的参保单 {n}（{a} 至 {b}，{m} 人）将撤销，全部保障作废，并向付款方退费：{parts}。</source>
            <translation>{u} 的参保单 {n}（{a} 至 {b}，{m} 人）将撤销，全部保障作废，并向付款方退费：{parts}。</translation>
        </message>
        <message>
            <source>退费合计</source>
            <translation>退费合计</translation>
        </message>
        <message>
            <source>如：单位撤回参保申请</source>
            <translation>如：单位撤回参保申请</translation>
        </message>
        <message>
            <source>撤销理由(&amp;R)</source>
            <translation>撤销理由(&amp;R)</translation>
        </message>
        <message>
            <source>确认撤销(&amp;S)</source>
            <translation>确认撤销(&amp;S)</translation>
        </message>
        <message>
            <source>撤销参保</source>
            <translation>撤销参保</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <source>版本</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>有效期起</source>
            <translation>有效期起</translation>
        </message>
        <message>
            <source>有效期止</source>
            <translation>有效期止</translation>
        </message>
        <message>
            <source>计划（副险依附的主险）</source>
            <translation>计划（副险依附的主险）</translation>
        </message>
        <message>
            <source>发布时间</source>
            <translation>发布时间</translation>
        </message>
        <message>
            <source>已下发代办处</source>
            <translation>已下发代办处</translation>
        </message>
        <message>
            <source>发布新目录…</source>
            <translation>发布新目录…</translation>
        </message>
        <message>
            <source>下达年度指标（随回执包下发）</source>
            <translation>下达年度指标（随回执包下发）</translation>
        </message>
        <message>
            <source>代办处</source>
            <translation>代办处</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>下达指标</source>
            <translation>下达指标</translation>
        </message>
        <message>
            <source>指标</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>目标</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>完成</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>考核</source>
            <translation>考核</translation>
        </message>
        <message>
            <source>保障计划目录版本</source>
            <translation>保障计划目录版本</translation>
        </message>
        <message>
            <source>目录与指标</source>
            <translation>目录与指标</translation>
        </message>
        <message>
            <source>{y} 年度目标考核</source>
            <translation>{y} 年度目标考核</translation>
        </message>
        <message>
            <source>选择保障计划目录</source>
            <translation>选择保障计划目录</translation>
        </message>
        <message>
            <source>保障计划目录 (*.json)</source>
            <translation>保障计划目录 (*.json)</translation>
        </message>
        <message>
            <source>发布新目录</source>
            <translation>发布新目录</translation>
        </message>
        <message>
            <source>发布目录 {f}？发布后随各代办处的下一个回执包下发，不能撤回。</source>
            <translation>发布目录 {f}？发布后随各代办处的下一个回执包下发，不能撤回。</translation>
        </message>
        <message>
            <source>目录 {v} 已发布，将随下一批回执包下发。</source>
            <translation>目录 {v} 已发布，将随下一批回执包下发。</translation>
        </message>
        <message>
            <source>目录 {v} 此前已发布。</source>
            <translation>目录 {v} 此前已发布。</translation>
        </message>
        <message>
            <source>请先登记代办处。</source>
            <translation>请先登记代办处。</translation>
        </message>
        <message>
            <source>代办处 {o} {y} 年度指标：{t}；将随下一个回执包下发。</source>
            <translation>代办处 {o} {y} 年度指标：{t}；将随下一个回执包下发。</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>暂无数据</source>
            <translation>暂无数据</translation>
        </message>
    </context>
    <context>
        <name>CheckStep</name>
        <message>
            <source>第四步：规则检查</source>
            <translation>第四步：规则检查</translation>
        </message>
        <message>
            <source>主管审批例外(&amp;O)…</source>
            <translation>主管审批例外(&amp;O)…</translation>
        </message>
        <message>
            <source>{mark} {title}：{text}</source>
            <translation>{mark} {title}：{text}</translation>
        </message>
        <message>
            <source>应缴会费 {0} 元</source>
            <translation>应缴会费 {0} 元</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>为选中材料附扫描件…</source>
            <translation>为选中材料附扫描件…</translation>
        </message>
        <message>
            <source>请先在清单中选中一项材料。</source>
            <translation>请先在清单中选中一项材料。</translation>
        </message>
        <message>
            <source>选择扫描件</source>
            <translation>选择扫描件</translation>
        </message>
        <message>
            <source>图片或 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</source>
            <translation>图片或 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ClaimQueue</name>
        <message>
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>会员</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>计划</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>计算给付</source>
            <translation>计算给付</translation>
        </message>
        <message>
            <source>受理日</source>
            <translation>受理日</translation>
        </message>
        <message>
            <source>待补件</source>
            <translation>待补件</translation>
        </message>
        <message>
            <source>重复</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>我的待办</source>
            <translation>我的待办</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>超时未办结</source>
            <translation>超时未办结</translation>
        </message>
        <message>
            <source>按理赔编号、证件号码（或末几位）、姓名搜索</source>
            <translation>按理赔编号、证件号码（或末几位）、姓名搜索</translation>
        </message>
        <message>
            <source>审核通过，提交审批</source>
            <translation>审核通过，提交审批</translation>
        </message>
        <message>
            <source>批准</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>拒绝…</source>
            <translation>拒绝…</translation>
        </message>
        <message>
            <source>登记支付</source>
            <translation>登记支付</translation>
        </message>
        <message>
            <source>撤回…</source>
            <translation>撤回…</translation>
        </message>
        <message>
            <source>补件…</source>
            <translation>补件…</translation>
        </message>
        <message>
            <source>更正…</source>
            <translation>更正…</translation>
        </message>
        <message>
            <source>代发清单…</source>
            <translation>代发清单…</translation>
        </message>
        <message>
            <source>把列表中可支付的已批准申请写成银行代发清单（Excel）</source>
            <translation>把列表中可支付的已批准申请写成银行代发清单（Excel）</translation>
        </message>
        <message>
            <source>待审核理赔</source>
            <translation>待审核理赔</translation>
        </message>
        <message>
            <source>待审批理赔</source>
            <translation>待审批理赔</translation>
        </message>
        <message>
            <source>待支付理赔</source>
            <translation>待支付理赔</translation>
        </message>
        <message>
            <source>受理日期 {p}</source>
            <translation>受理日期 {p}</translation>
        </message>
        <message>
            <source>已支付，支付日期 {p}</source>
            <translation>已支付，支付日期 {p}</translation>
        </message>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <source>⚠ 重复特批</source>
            <translation>⚠ 重复特批</translation>
        </message>
        <message>
            <source>⚠ 重复申请：与 {d} 重复，经主管特批受理。原因：{r}</source>
            <translation>⚠ 重复申请：与 {d} 重复，经主管特批受理。原因：{r}</translation>
        </message>
        <message>
            <source>已支付 {a} 元（{d}，{m}，凭证号 {v}）</source>
            <translation>已支付 {a} 元（{d}，{m}，凭证号 {v}）</translation>
        </message>
        <message>
            <source>无</source>
            <translation>无</translation>
        </message>
        <message>
            <source>办理记录：</source>
            <translation>办理记录：</translation>
        </message>
        <message>
            <source>原因（将告知申请人）：</source>
            <translation>原因（将告知申请人）：</translation>
        </message>
        <message>
            <source>审核理赔</source>
            <translation>审核理赔</translation>
        </message>
        <message>
            <source>批准 {n}（{m}），给付 {a}？</source>
            <translation>批准 {n}（{m}），给付 {a}？</translation>
        </message>
        <message>
            <source>⚠ 这是经主管特批受理的重复申请：{r}</source>
            <translation>⚠ 这是经主管特批受理的重复申请：{r}</translation>
        </message>
        <message>
            <source>计算过程：</source>
            <translation>计算过程：</translation>
        </message>
        <message>
            <source>审批理赔</source>
            <translation>审批理赔</translation>
        </message>
        <message>
            <source>拒绝理赔</source>
            <translation>拒绝理赔</translation>
        </message>
        <message>
            <source>撤回申请</source>
            <translation>撤回申请</translation>
        </message>
        <message>
            <source>代发清单</source>
            <translation>代发清单</translation>
        </message>
        <message>
            <source>列表中没有可支付的已批准申请。</source>
            <translation>列表中没有可支付的已批准申请。</translation>
        </message>
        <message>
            <source>代发清单-{d}.xlsx</source>
            <translation>代发清单-{d}.xlsx</translation>
        </message>
        <message>
            <source>保存代发清单</source>
            <translation>保存代发清单</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>已生成代发清单 {f}：{n} 笔，合计 {a} 元</source>
            <translation>已生成代发清单 {f}：{n} 笔，合计 {a} 元</translation>
        </message>
        <message>
            <source>（账号已遮蔽）</source>
            <translation>（账号已遮蔽）</translation>
        </message>
        <message>
            <source>理赔列表</source>
            <translation>理赔列表</translation>
        </message>
        <message>
            <source>补件</source>
            <translation>补件</translation>
        </message>
        <message>
            <source>更正</source>
            <translation>更正</translation>
        </message>
    </context>
    <context>
        <name>ClaimsPage</name>
        <message>
            <source>受理</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>待办与查询</source>
            <translation>待办与查询</translation>
        </message>
    </context>
    <context>
        <name>ConfirmStep</name>
        <message>
            <source>第六步：确认保存</source>
            <translation>第六步：确认保存</translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <source>{c} {s} 份</source>
            <translation>{c} {s} 份</translation>
        </message>
        <message>
            <source>{p} {a} 元</source>
            <translation>{p} {a} 元</translation>
        </message>
        <message>
            <source>{u}：{n} 人，{plans}</source>
            <translation>{u}：{n} 人，{plans}</translation>
        </message>
        <message>
            <source>自 {d} 起生效；缴费：{parts}</source>
            <translation>自 {d} 起生效；缴费：{parts}</translation>
        </message>
        <message>
            <source>收款方式 {m}，凭证号 {v}，缴费日期 {p}</source>
            <translation>收款方式 {m}，凭证号 {v}，缴费日期 {p}</translation>
        </message>
        <message>
            <source>（无）</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>主管 {s} 审批例外：{r}</source>
            <translation>主管 {s} 审批例外：{r}</translation>
        </message>
    </context>
    <context>
        <name>CorrectDialog</name>
        <message>
            <source>更正 {n}</source>
            <translation>更正 {n}</translation>
        </message>
        <message>
            <source>字段</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>更正为</source>
            <translation>更正为</translation>
        </message>
        <message>
            <source>更正原因</source>
            <translation>更正原因</translation>
        </message>
        <message>
            <source>元，最多两位小数</source>
            <translation>元，最多两位小数</translation>
        </message>
    </context>
    <context>
        <name>DocumentsDialog</name>
        <message>
            <source>补件 {n}</source>
            <translation>补件 {n}</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentDetailDialog</name>
        <message>
            <source>参保单 {n}</source>
            <translation>参保单 {n}</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>计划与份数</source>
            <translation>计划与份数</translation>
        </message>
        <message>
            <source>保障期</source>
            <translation>保障期</translation>
        </message>
        <message>
            <source>会费（元）</source>
            <translation>会费（元）</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>人员</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>计划</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>份数</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>人数</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>保障</source>
            <translation>保障</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>付款方</source>
            <translation>付款方</translation>
        </message>
        <message>
            <source>金额（元）</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>收款方式</source>
            <translation>收款方式</translation>
        </message>
        <message>
            <source>凭证号</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <source>缴费日期</source>
            <translation>缴费日期</translation>
        </message>
        <message>
            <source>收据编号</source>
            <translation>收据编号</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>缴费</source>
            <translation>缴费</translation>
        </message>
        <message>
            <source>收据</source>
            <translation>收据</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>历史</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>打印参保凭证(&amp;C)…</source>
            <translation>打印参保凭证(&amp;C)…</translation>
        </message>
        <message>
            <source>打印收款收据(&amp;R)…</source>
            <translation>打印收款收据(&amp;R)…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>{n}　{u}（{c}）　{st}</source>
            <translation>{n}　{u}（{c}）　{st}</translation>
        </message>
        <message>
            <source>保障期 {a} 至 {b}，目录 {v}，{m} 人，经办 {o}</source>
            <translation>保障期 {a} 至 {b}，目录 {v}，{m} 人，经办 {o}</translation>
        </message>
        <message>
            <source>会费</source>
            <translation>会费</translation>
        </message>
        <message>
            <source>主管 {s} 审批例外：{r}</source>
            <translation>主管 {s} 审批例外：{r}</translation>
        </message>
        <message>
            <source>续保自 {n}</source>
            <translation>续保自 {n}</translation>
        </message>
        <message>
            <source>已续保为 {n}</source>
            <translation>已续保为 {n}</translation>
        </message>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <source>{c} {s} 份</source>
            <translation>{c} {s} 份</translation>
        </message>
        <message>
            <source>已作废</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>已减员（保障至期满）</source>
            <translation>已减员（保障至期满）</translation>
        </message>
        <message>
            <source>{a} 至 {b}</source>
            <translation>{a} 至 {b}</translation>
        </message>
        <message>
            <source>收款</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>退费</source>
            <translation>退费</translation>
        </message>
        <message>
            <source>收据 {r}</source>
            <translation>收据 {r}</translation>
        </message>
        <message>
            <source>；</source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentPage</name>
        <message>
            <source>全部参保单</source>
            <translation>全部参保单</translation>
        </message>
        <message>
            <source>30 天内到期未续保</source>
            <translation>30 天内到期未续保</translation>
        </message>
        <message>
            <source>60 天内到期未续保</source>
            <translation>60 天内到期未续保</translation>
        </message>
        <message>
            <source>参保单号</source>
            <translation>参保单号</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>保障期</source>
            <translation>保障期</translation>
        </message>
        <message>
            <source>人数</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>会费（元）</source>
            <translation>会费（元）</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>剩余天数</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <source>办理参保(&amp;N)…</source>
            <translation>办理参保(&amp;N)…</translation>
        </message>
        <message>
            <source>导入名册</source>
            <translation>导入名册</translation>
        </message>
        <message>
            <source>增员</source>
            <translation>增员</translation>
        </message>
        <message>
            <source>减员</source>
            <translation>减员</translation>
        </message>
        <message>
            <source>撤销参保</source>
            <translation>撤销参保</translation>
        </message>
        <message>
            <source>续保(&amp;R)</source>
            <translation>续保(&amp;R)</translation>
        </message>
        <message>
            <source>查看</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>保障起始于 {p}</source>
            <translation>保障起始于 {p}</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>已续保</source>
            <translation>已续保</translation>
        </message>
        <message>
            <source>{a} 至 {b}</source>
            <translation>{a} 至 {b}</translation>
        </message>
        <message>
            <source>共 {0} 张</source>
            <translation>共 {0} 张</translation>
        </message>
        <message>
            <source>生效前撤销并退费</source>
            <translation>生效前撤销并退费</translation>
        </message>
        <message>
            <source>仅主管可撤销参保</source>
            <translation>仅主管可撤销参保</translation>
        </message>
        <message>
            <source>请先在列表中选择一张参保单。</source>
            <translation>请先在列表中选择一张参保单。</translation>
        </message>
        <message>
            <source>办理参保</source>
            <translation>办理参保</translation>
        </message>
        <message>
            <source>续保</source>
            <translation>续保</translation>
        </message>
        <message>
            <source>参保单列表</source>
            <translation>参保单列表</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentWizard</name>
        <message>
            <source>办理参保</source>
            <translation>办理参保</translation>
        </message>
        <message>
            <source>确认保存(&amp;S)</source>
            <translation>确认保存(&amp;S)</translation>
        </message>
        <message>
            <source>保存参保</source>
            <translation>保存参保</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>新建活动</source>
            <translation>新建活动</translation>
        </message>
        <message>
            <source>（无）</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>地点</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>名额</source>
            <translation>名额</translation>
        </message>
        <message>
            <source>合作机构</source>
            <translation>合作机构</translation>
        </message>
    </context>
    <context>
        <name>EventsTab</name>
        <message>
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>地点</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>合作机构</source>
            <translation>合作机构</translation>
        </message>
        <message>
            <source>签到/名额</source>
            <translation>签到/名额</translation>
        </message>
        <message>
            <source>请在左侧选择活动</source>
            <translation>请在左侧选择活动</translation>
        </message>
        <message>
            <source>扫描会员凭证二维码或输入证件号码，按回车</source>
            <translation>扫描会员凭证二维码或输入证件号码，按回车</translation>
        </message>
        <message>
            <source>打印签到表…</source>
            <translation>打印签到表…</translation>
        </message>
        <message>
            <source>新建活动…</source>
            <translation>新建活动…</translation>
        </message>
        <message>
            <source>读取活动</source>
            <translation>读取活动</translation>
        </message>
        <message>
            <source>已签到 %1 人 / 名额 %2 人</source>
            <translation>已签到 %1 人 / 名额 %2 人</translation>
        </message>
        <message>
            <source>签到</source>
            <translation>签到</translation>
        </message>
        <message>
            <source>保存签到表</source>
            <translation>保存签到表</translation>
        </message>
        <message>
            <source>签到表-{n}.pdf</source>
            <translation>签到表-{n}.pdf</translation>
        </message>
        <message>
            <source>生成签到表</source>
            <translation>生成签到表</translation>
        </message>
    </context>
    <context>
        <name>FilterChip</name>
        <message>
            <source>清除筛选</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>筛选：{f}（共 {n} 条）</source>
            <translation>筛选：{f}（共 {n} 条）</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>首次使用向导 — 职工互助保障代办系统</source>
            <translation>首次使用向导 — 职工互助保障代办系统</translation>
        </message>
    </context>
    <context>
        <name>FontPage</name>
        <message>
            <source>中文字体</source>
            <translation>中文字体</translation>
        </message>
        <message>
            <source>已找到中文字体：{p}，可以打印。</source>
            <translation>已找到中文字体：{p}，可以打印。</translation>
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <source>活动签到</source>
            <translation>活动签到</translation>
        </message>
        <message>
            <source>合作机构与会员核验</source>
            <translation>合作机构与会员核验</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>变更</source>
            <translation>变更</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>本年每月新参保人数</source>
            <translation>本年每月新参保人数</translation>
        </message>
        <message>
            <source>本年每月受理理赔件数</source>
            <translation>本年每月受理理赔件数</translation>
        </message>
        <message>
            <source>各计划参保人次</source>
            <translation>各计划参保人次</translation>
        </message>
        <message>
            <source>设定年度指标…</source>
            <translation>设定年度指标…</translation>
        </message>
        <message>
            <source>我的待办</source>
            <translation>我的待办</translation>
        </message>
        <message>
            <source>本年主要指标</source>
            <translation>本年主要指标</translation>
        </message>
        <message>
            <source>年度目标完成情况</source>
            <translation>年度目标完成情况</translation>
        </message>
        <message>
            <source>增值服务（本年）</source>
            <translation>增值服务（本年）</translation>
        </message>
        <message>
            <source>读取工作台</source>
            <translation>读取工作台</translation>
        </message>
        <message>
            <source>工作台 — {year} 年</source>
            <translation>工作台 — {year} 年</translation>
        </message>
        <message>
            <source>数据检查发现问题，请联系管理员：</source>
            <translation>数据检查发现问题，请联系管理员：</translation>
        </message>
        <message>
            <source>待审核理赔</source>
            <translation>待审核理赔</translation>
        </message>
        <message>
            <source>待审批理赔</source>
            <translation>待审批理赔</translation>
        </message>
        <message>
            <source>待支付理赔</source>
            <translation>待支付理赔</translation>
        </message>
        <message>
            <source>{label}：{n} 件</source>
            <translation>{label}：{n} 件</translation>
        </message>
        <message>
            <source>{d} 天内到期未续保：{n} 张</source>
            <translation>{d} 天内到期未续保：{n} 张</translation>
        </message>
        <message>
            <source>尚未向省办同步过数据</source>
            <translation>尚未向省办同步过数据</translation>
        </message>
        <message>
            <source>已 {d} 天未向省办同步（提醒间隔 {i} 天）</source>
            <translation>已 {d} 天未向省办同步（提醒间隔 {i} 天）</translation>
        </message>
        <message>
            <source>省办提示：</source>
            <translation>省办提示：</translation>
        </message>
        <message>
            <source>逆选择监测（查看）</source>
            <translation>逆选择监测（查看）</translation>
        </message>
        <message>
            <source>暂无待办事项。</source>
            <translation>暂无待办事项。</translation>
        </message>
        <message>
            <source>参保单位（家）</source>
            <translation>参保单位（家）</translation>
        </message>
        <message>
            <source>参保人数（人）</source>
            <translation>参保人数（人）</translation>
        </message>
        <message>
            <source>参保人次</source>
            <translation>参保人次</translation>
        </message>
        <message>
            <source>会费收入（元）</source>
            <translation>会费收入（元）</translation>
        </message>
        <message>
            <source>受理理赔（件）</source>
            <translation>受理理赔（件）</translation>
        </message>
        <message>
            <source>支付理赔（元）</source>
            <translation>支付理赔（元）</translation>
        </message>
        <message>
            <source>赔付率</source>
            <translation>赔付率</translation>
        </message>
        <message>
            <source>职工覆盖率</source>
            <translation>职工覆盖率</translation>
        </message>
        <message>
            <source>受理至支付平均天数</source>
            <translation>受理至支付平均天数</translation>
        </message>
        <message>
            <source>尚未设置本年度目标（主管可点“设定年度指标”设置）。</source>
            <translation>尚未设置本年度目标（主管可点“设定年度指标”设置）。</translation>
        </message>
        <message>
            <source>已举办活动（场）</source>
            <translation>已举办活动（场）</translation>
        </message>
        <message>
            <source>参加人次</source>
            <translation>参加人次</translation>
        </message>
        <message>
            <source>服务会员（人）</source>
            <translation>服务会员（人）</translation>
        </message>
        <message>
            <source>{p}：{e} 场，{a} 人次，{m} 人</source>
            <translation>{p}：{e} 场，{a} 人次，{m} 人</translation>
        </message>
    </context>
    <context>
        <name>HubLoginDialog</name>
        <message>
            <source>登录 — 省办事处</source>
            <translation>登录 — 省办事处</translation>
        </message>
        <message>
            <source>请输入用户名。</source>
            <translation>请输入用户名。</translation>
        </message>
    </context>
    <context>
        <name>HubWindow</name>
        <message>
            <source>密码已修改。</source>
            <translation>密码已修改。</translation>
        </message>
        <message>
            <source>操作员：{name}（{role}）</source>
            <translation>操作员：{name}（{role}）</translation>
        </message>
        <message>
            <source>省办事处数据库：{db}</source>
            <translation>省办事处数据库：{db}</translation>
        </message>
        <message>
            <source>职工互助保障代办系统 — 省办事处</source>
            <translation>职工互助保障代办系统 — 省办事处</translation>
        </message>
        <message>
            <source>内置</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>省办事处</source>
            <translation>省办事处</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>互助金试算（随填写更新）：</source>
            <translation>互助金试算（随填写更新）：</translation>
        </message>
        <message>
            <source>主管确需受理重复申请时，在此写明原因（记入审计，审核、审批时可见）</source>
            <translation>主管确需受理重复申请时，在此写明原因（记入审计，审核、审批时可见）</translation>
        </message>
        <message>
            <source>受理并保存</source>
            <translation>受理并保存</translation>
        </message>
        <message>
            <source>打印受理回执…</source>
            <translation>打印受理回执…</translation>
        </message>
        <message>
            <source>会员</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>输入或扫描身份证号码后按回车</source>
            <translation>输入或扫描身份证号码后按回车</translation>
        </message>
        <message>
            <source>计划</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>份数</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>起</source>
            <translation>起</translation>
        </message>
        <message>
            <source>止</source>
            <translation>止</translation>
        </message>
        <message>
            <source>观察期满</source>
            <translation>观察期满</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>计算给付</source>
            <translation>计算给付</translation>
        </message>
        <message>
            <source>证件号码：</source>
            <translation>证件号码：</translation>
        </message>
        <message>
            <source>申请</source>
            <translation>申请</translation>
        </message>
        <message>
            <source>保障计划</source>
            <translation>保障计划</translation>
        </message>
        <message>
            <source>申请类别</source>
            <translation>申请类别</translation>
        </message>
        <message>
            <source>受理回执 {n}</source>
            <translation>受理回执 {n}</translation>
        </message>
        <message>
            <source>。可打印受理回执；请输入下一位申请人的证件号码。</source>
            <translation>。可打印受理回执；请输入下一位申请人的证件号码。</translation>
        </message>
        <message>
            <source>材料清单（勾选已收到）</source>
            <translation>材料清单（勾选已收到）</translation>
        </message>
        <message>
            <source>给付金额达到省办事处审批标准，须报省办事处批准</source>
            <translation>给付金额达到省办事处审批标准，须报省办事处批准</translation>
        </message>
        <message>
            <source>重复申请：与 {c} 重复。同一次住院、同一诊断或同一发票只能申请一次。</source>
            <translation>重复申请：与 {c} 重复。同一次住院、同一诊断或同一发票只能申请一次。</translation>
        </message>
        <message>
            <source>；</source>
            <translation>；</translation>
        </message>
        <message>
            <source>如确需受理，请在下面写明原因后再受理。</source>
            <translation>如确需受理，请在下面写明原因后再受理。</translation>
        </message>
        <message>
            <source>如确需受理，请交主管办理。</source>
            <translation>如确需受理，请交主管办理。</translation>
        </message>
        <message>
            <source>受理理赔申请</source>
            <translation>受理理赔申请</translation>
        </message>
        <message>
            <source>已受理 {n}，计算给付 {a} 元</source>
            <translation>已受理 {n}，计算给付 {a} 元</translation>
        </message>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <source>；待补件：{m}</source>
            <translation>；待补件：{m}</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>办理离职</source>
            <translation>办理离职</translation>
        </message>
        <message>
            <source>离职日期</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <source>原因（可不填）</source>
            <translation>原因（可不填）</translation>
        </message>
        <message>
            <source>减员 — {n}</source>
            <translation>减员 — {n}</translation>
        </message>
        <message>
            <source>按姓名或证件号码筛选</source>
            <translation>按姓名或证件号码筛选</translation>
        </message>
        <message>
            <source>如：离职、调出本单位、死亡</source>
            <translation>如：离职、调出本单位、死亡</translation>
        </message>
        <message>
            <source>离开日期(&amp;D)</source>
            <translation>离开日期(&amp;D)</translation>
        </message>
        <message>
            <source>减员原因(&amp;R)</source>
            <translation>减员原因(&amp;R)</translation>
        </message>
        <message>
            <source>确认减员(&amp;S)</source>
            <translation>确认减员(&amp;S)</translation>
        </message>
        <message>
            <source>{n}：生效前减员，保障作废，退费 {a} 元</source>
            <translation>{n}：生效前减员，保障作废，退费 {a} 元</translation>
        </message>
        <message>
            <source>{n}：已生效，不退费，保障至 {d} 止</source>
            <translation>{n}：已生效，不退费，保障至 {d} 止</translation>
        </message>
        <message>
            <source>退费合计</source>
            <translation>退费合计</translation>
        </message>
        <message>
            <source>请勾选要减员的人员。</source>
            <translation>请勾选要减员的人员。</translation>
        </message>
        <message>
            <source>减员</source>
            <translation>减员</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>已锁定 — 职工互助保障代办系统</source>
            <translation>已锁定 — 职工互助保障代办系统</translation>
        </message>
        <message>
            <source>桌面已锁定。{name}（{user}），请输入密码继续；其他人请点“切换用户”。</source>
            <translation>桌面已锁定。{name}（{user}），请输入密码继续；其他人请点“切换用户”。</translation>
        </message>
        <message>
            <source>解锁</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>切换用户</source>
            <translation>切换用户</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>登录 — 职工互助保障代办系统</source>
            <translation>登录 — 职工互助保障代办系统</translation>
        </message>
        <message>
            <source>登录</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>这是演示数据库。演示操作员：{names}；密码均为 {password}。</source>
            <translation>这是演示数据库。演示操作员：{names}；密码均为 {password}。</translation>
        </message>
        <message>
            <source>请输入用户名。</source>
            <translation>请输入用户名。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>此页面打开时出错，详情已写入日志。请把日志文件交给技术支持。</source>
            <translation>此页面打开时出错，详情已写入日志。请把日志文件交给技术支持。</translation>
        </message>
        <message>
            <source>切换用户</source>
            <translation>切换用户</translation>
        </message>
        <message>
            <source>操作员(&amp;O)</source>
            <translation>操作员(&amp;O)</translation>
        </message>
        <message>
            <source>修改密码…</source>
            <translation>修改密码…</translation>
        </message>
        <message>
            <source>锁定</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>密码已修改。</source>
            <translation>密码已修改。</translation>
        </message>
        <message>
            <source>操作员：{name}（{role}）</source>
            <translation>操作员：{name}（{role}）</translation>
        </message>
        <message>
            <source>代办处：{code} {name}</source>
            <translation>代办处：{code} {name}</translation>
        </message>
        <message>
            <source>上次同步：尚未同步</source>
            <translation>上次同步：尚未同步</translation>
        </message>
        <message>
            <source>上次同步：{when}</source>
            <translation>上次同步：{when}</translation>
        </message>
        <message>
            <source>职工互助保障代办系统</source>
            <translation>职工互助保障代办系统</translation>
        </message>
        <message>
            <source>已自动备份：{p}</source>
            <translation>已自动备份：{p}</translation>
        </message>
        <message>
            <source>自动备份失败：{e}</source>
            <translation>自动备份失败：{e}</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceBox</name>
        <message>
            <source>维护</source>
            <translation>维护</translation>
        </message>
        <message>
            <source>导出诊断信息…</source>
            <translation>导出诊断信息…</translation>
        </message>
        <message>
            <source>重新运行首次设置向导…</source>
            <translation>重新运行首次设置向导…</translation>
        </message>
        <message>
            <source>备份到…</source>
            <translation>备份到…</translation>
        </message>
        <message>
            <source>从备份恢复…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <source>导出诊断信息</source>
            <translation>导出诊断信息</translation>
        </message>
        <message>
            <source>压缩文件 (*.zip)</source>
            <translation>压缩文件 (*.zip)</translation>
        </message>
        <message>
            <source>正在导出诊断信息…</source>
            <translation>正在导出诊断信息…</translation>
        </message>
        <message>
            <source>诊断信息已保存到 {p}（不含数据库和个人信息），可发给技术支持。</source>
            <translation>诊断信息已保存到 {p}（不含数据库和个人信息），可发给技术支持。</translation>
        </message>
        <message>
            <source>备份到</source>
            <translation>备份到</translation>
        </message>
        <message>
            <source>备份文件 (*.sqlite3 *.hzbk)</source>
            <translation>备份文件 (*.sqlite3 *.hzbk)</translation>
        </message>
        <message>
            <source>正在备份…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>备份口令</source>
            <translation>备份口令</translation>
        </message>
        <message>
            <source>备份口令（留空则不加密；恢复时需要它，请另行妥善保管）：</source>
            <translation>备份口令（留空则不加密；恢复时需要它，请另行妥善保管）：</translation>
        </message>
        <message>
            <source>再次输入备份口令：</source>
            <translation>再次输入备份口令：</translation>
        </message>
        <message>
            <source>两次输入的备份口令不一致，未备份。请重新操作。</source>
            <translation>两次输入的备份口令不一致，未备份。请重新操作。</translation>
        </message>
        <message>
            <source>已加密备份到 {p}（{kb} KB）。恢复时需要备份口令。</source>
            <translation>已加密备份到 {p}（{kb} KB）。恢复时需要备份口令。</translation>
        </message>
        <message>
            <source>已备份到 {p}（{kb} KB）。</source>
            <translation>已备份到 {p}（{kb} KB）。</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>选择备份文件</source>
            <translation>选择备份文件</translation>
        </message>
        <message>
            <source>备份文件 (*.sqlite3 *.hzbk);;所有文件 (*)</source>
            <translation>备份文件 (*.sqlite3 *.hzbk);;所有文件 (*)</translation>
        </message>
        <message>
            <source>将用备份 {f} 替换本机的全部数据（恢复前会先检查备份；当前数据库另存保留）。恢复后程序将关闭，请重新启动。是否继续？</source>
            <translation>将用备份 {f} 替换本机的全部数据（恢复前会先检查备份；当前数据库另存保留）。恢复后程序将关闭，请重新启动。是否继续？</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>修改会员</source>
            <translation>修改会员</translation>
        </message>
        <message>
            <source>登记会员</source>
            <translation>登记会员</translation>
        </message>
        <message>
            <source>（按身份证）</source>
            <translation>（按身份证）</translation>
        </message>
        <message>
            <source>（无）</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>证件类型</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>手机/电话</source>
            <translation>手机/电话</translation>
        </message>
        <message>
            <source>群体类别</source>
            <translation>群体类别</translation>
        </message>
        <message>
            <source>开户银行</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>银行账号</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <source>{sex}，{birth} 出生</source>
            <translation>{sex}，{birth} 出生</translation>
        </message>
        <message>
            <source>出生日期请写成 YYYY-MM-DD，如 1990-01-31。</source>
            <translation>出生日期请写成 YYYY-MM-DD，如 1990-01-31。</translation>
        </message>
        <message>
            <source>请先选择单位。</source>
            <translation>请先选择单位。</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>群体</source>
            <translation>群体</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>离职 {d}</source>
            <translation>离职 {d}</translation>
        </message>
        <message>
            <source>在职</source>
            <translation>在职</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <source>身份证号、尾号、姓名、拼音首字母（如 zs）或电话，边输边查</source>
            <translation>身份证号、尾号、姓名、拼音首字母（如 zs）或电话，边输边查</translation>
        </message>
        <message>
            <source>只看在职</source>
            <translation>只看在职</translation>
        </message>
        <message>
            <source>登记会员…</source>
            <translation>登记会员…</translation>
        </message>
        <message>
            <source>修改…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>查看…</source>
            <translation>查看…</translation>
        </message>
        <message>
            <source>调动…</source>
            <translation>调动…</translation>
        </message>
        <message>
            <source>离职…</source>
            <translation>离职…</translation>
        </message>
        <message>
            <source>重新在职…</source>
            <translation>重新在职…</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>证件</source>
            <translation>证件</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>群体类别</source>
            <translation>群体类别</translation>
        </message>
        <message>
            <source>开户银行/账号</source>
            <translation>开户银行/账号</translation>
        </message>
        <message>
            <source>登记时间</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>参保编号</source>
            <translation>参保编号</translation>
        </message>
        <message>
            <source>保障计划</source>
            <translation>保障计划</translation>
        </message>
        <message>
            <source>份数</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>起始日</source>
            <translation>起始日</translation>
        </message>
        <message>
            <source>终止日</source>
            <translation>终止日</translation>
        </message>
        <message>
            <source>等待期至</source>
            <translation>等待期至</translation>
        </message>
        <message>
            <source>保费（元）</source>
            <translation>保费（元）</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>基本信息</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>保障</source>
            <translation>保障</translation>
        </message>
        <message>
            <source>变更历史</source>
            <translation>变更历史</translation>
        </message>
        <message>
            <source>共 {n} 人</source>
            <translation>共 {n} 人</translation>
        </message>
        <message>
            <source>保障起始于 {p} 的参保会员</source>
            <translation>保障起始于 {p} 的参保会员</translation>
        </message>
        <message>
            <source>（{d} 离职）</source>
            <translation>（{d} 离职）</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>会员列表</source>
            <translation>会员列表</translation>
        </message>
        <message>
            <source>查找：{t}</source>
            <translation>查找：{t}</translation>
        </message>
    </context>
    <context>
        <name>MembersStep</name>
        <message>
            <source>第三步：参保人员</source>
            <translation>第三步：参保人员</translation>
        </message>
        <message>
            <source>按姓名筛选</source>
            <translation>按姓名筛选</translation>
        </message>
        <message>
            <source>全选(&amp;A)</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <source>全不选(&amp;N)</source>
            <translation>全不选(&amp;N)</translation>
        </message>
        <message>
            <source>女</source>
            <translation>女</translation>
        </message>
        <message>
            <source>男</source>
            <translation>男</translation>
        </message>
        <message>
            <source>{name}  {sex}  {age}岁  {id}</source>
            <translation>{name}  {sex}  {age}岁  {id}</translation>
        </message>
        <message>
            <source>已选 {0} / {1} 人</source>
            <translation>已选 {0} / {1} 人</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>调动单位</source>
            <translation>调动单位</translation>
        </message>
        <message>
            <source>调入单位</source>
            <translation>调入单位</translation>
        </message>
    </context>
    <context>
        <name>OfficesPage</name>
        <message>
            <source>登记代办处…</source>
            <translation>登记代办处…</translation>
        </message>
        <message>
            <source>恢复同步链</source>
            <translation>恢复同步链</translation>
        </message>
        <message>
            <source>同步链断了（缺包、哈希不符）时，允许所选代办处的下一个全量同步包重新开始同步链。</source>
            <translation>同步链断了（缺包、哈希不符）时，允许所选代办处的下一个全量同步包重新开始同步链。</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>代码</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>代办处</source>
            <translation>代办处</translation>
        </message>
        <message>
            <source>最后同步包号</source>
            <translation>最后同步包号</translation>
        </message>
        <message>
            <source>最后接收时间</source>
            <translation>最后接收时间</translation>
        </message>
        <message>
            <source>断档</source>
            <translation>断档</translation>
        </message>
        <message>
            <source>拒收</source>
            <translation>拒收</translation>
        </message>
        <message>
            <source>提醒（未发回）</source>
            <translation>提醒（未发回）</translation>
        </message>
        <message>
            <source>待审批理赔</source>
            <translation>待审批理赔</translation>
        </message>
        <message>
            <source>参保人数</source>
            <translation>参保人数</translation>
        </message>
        <message>
            <source>覆盖率（%）</source>
            <translation>覆盖率（%）</translation>
        </message>
        <message>
            <source>覆盖率目标（%）</source>
            <translation>覆盖率目标（%）</translation>
        </message>
        <message>
            <source>办事处</source>
            <translation>办事处</translation>
        </message>
        <message>
            <source>允许代办处 {code}（{name}）重新同步？该代办处须导出全量同步包（同步 → 全量导出，或 huzhu sync export --full），省办事处接收后同步链重新开始；已收到的包保持不变。</source>
            <translation>允许代办处 {code}（{name}）重新同步？该代办处须导出全量同步包（同步 → 全量导出，或 huzhu sync export --full），省办事处接收后同步链重新开始；已收到的包保持不变。</translation>
        </message>
        <message>
            <source>已允许代办处 {code} 重新同步：请该代办处导出全量同步包后接收。此前已收到第 {last} 号包。</source>
            <translation>已允许代办处 {code} 重新同步：请该代办处导出全量同步包后接收。此前已收到第 {last} 号包。</translation>
        </message>
        <message>
            <source>保存代办处文件</source>
            <translation>保存代办处文件</translation>
        </message>
        <message>
            <source>代办处文件 (*.hzo)</source>
            <translation>代办处文件 (*.hzo)</translation>
        </message>
        <message>
            <source>登记代办处</source>
            <translation>登记代办处</translation>
        </message>
        <message>
            <source>已登记代办处 {code}（{name}），代办处文件：{file}
省办事处密钥指纹：{fp}。该文件含代办处私钥，请当面交付。</source>
            <translation>已登记代办处 {code}（{name}），代办处文件：{file}
省办事处密钥指纹：{fp}。该文件含代办处私钥，请当面交付。</translation>
        </message>
    </context>
    <context>
        <name>OperatorsBox</name>
        <message>
            <source>操作员</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>角色</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>新增操作员…</source>
            <translation>新增操作员…</translation>
        </message>
        <message>
            <source>解锁所选操作员</source>
            <translation>解锁所选操作员</translation>
        </message>
        <message>
            <source>重置密码…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>启用</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>已停用</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>已锁定至 {t}</source>
            <translation>已锁定至 {t}</translation>
        </message>
        <message>
            <source>正常</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>新增操作员</source>
            <translation>新增操作员</translation>
        </message>
        <message>
            <source>解锁操作员</source>
            <translation>解锁操作员</translation>
        </message>
        <message>
            <source>启用操作员</source>
            <translation>启用操作员</translation>
        </message>
        <message>
            <source>停用操作员</source>
            <translation>停用操作员</translation>
        </message>
    </context>
    <context>
        <name>OperatorsPage</name>
        <message>
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>角色</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>修改密码…</source>
            <translation>修改密码…</translation>
        </message>
        <message>
            <source>添加操作员…</source>
            <translation>添加操作员…</translation>
        </message>
        <message>
            <source>核验审计日志</source>
            <translation>核验审计日志</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>密码已修改。</source>
            <translation>密码已修改。</translation>
        </message>
        <message>
            <source>添加操作员</source>
            <translation>添加操作员</translation>
        </message>
        <message>
            <source>已添加操作员 {u}（{r}）</source>
            <translation>已添加操作员 {u}（{r}）</translation>
        </message>
        <message>
            <source>审计日志完好：{n} 条记录。</source>
            <translation>审计日志完好：{n} 条记录。</translation>
        </message>
        <message>
            <source>审计日志被改动：{r}</source>
            <translation>审计日志被改动：{r}</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>主管审批例外</source>
            <translation>主管审批例外</translation>
        </message>
        <message>
            <source>以下规则未满足，须由主管登录并填写理由：</source>
            <translation>以下规则未满足，须由主管登录并填写理由：</translation>
        </message>
        <message>
            <source>如：单位改制，余员下月补办</source>
            <translation>如：单位改制，余员下月补办</translation>
        </message>
        <message>
            <source>主管用户名(&amp;U)</source>
            <translation>主管用户名(&amp;U)</translation>
        </message>
        <message>
            <source>密码(&amp;P)</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <source>审批理由(&amp;R)</source>
            <translation>审批理由(&amp;R)</translation>
        </message>
        <message>
            <source>请填写审批理由。</source>
            <translation>请填写审批理由。</translation>
        </message>
        <message>
            <source>{0} 不是主管，不能审批例外。</source>
            <translation>{0} 不是主管，不能审批例外。</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>登记合作机构</source>
            <translation>登记合作机构</translation>
        </message>
        <message>
            <source>每行一项，如：目录内药品9折</source>
            <translation>每行一项，如：目录内药品9折</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>协议起</source>
            <translation>协议起</translation>
        </message>
        <message>
            <source>协议止</source>
            <translation>协议止</translation>
        </message>
        <message>
            <source>会员优惠</source>
            <translation>会员优惠</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
    </context>
    <context>
        <name>PartnersTab</name>
        <message>
            <source>合作机构</source>
            <translation>合作机构</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>会员优惠或服务</source>
            <translation>会员优惠或服务</translation>
        </message>
        <message>
            <source>有效期</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>联系人及电话</source>
            <translation>联系人及电话</translation>
        </message>
        <message>
            <source>会员核验：扫描凭证二维码或输入证件号码，按回车</source>
            <translation>会员核验：扫描凭证二维码或输入证件号码，按回车</translation>
        </message>
        <message>
            <source>打印合作机构名单…</source>
            <translation>打印合作机构名单…</translation>
        </message>
        <message>
            <source>合作机构名单</source>
            <translation>合作机构名单</translation>
        </message>
        <message>
            <source>打印核验说明…</source>
            <translation>打印核验说明…</translation>
        </message>
        <message>
            <source>会员核验说明</source>
            <translation>会员核验说明</translation>
        </message>
        <message>
            <source>登记合作机构…</source>
            <translation>登记合作机构…</translation>
        </message>
        <message>
            <source>读取合作机构</source>
            <translation>读取合作机构</translation>
        </message>
        <message>
            <source>会员核验</source>
            <translation>会员核验</translation>
        </message>
        <message>
            <source>保障计划：</source>
            <translation>保障计划：</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>修改密码</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>原密码</source>
            <translation>原密码</translation>
        </message>
        <message>
            <source>新密码</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>再输一次新密码</source>
            <translation>再输一次新密码</translation>
        </message>
        <message>
            <source>两次输入的新密码不一致。</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
        <message>
            <source>重置密码 — {u}</source>
            <translation>重置密码 — {u}</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>再次输入新密码</source>
            <translation>再次输入新密码</translation>
        </message>
    </context>
    <context>
        <name>PayDialog</name>
        <message>
            <source>{a} 元（大写：{c}）</source>
            <translation>{a} 元（大写：{c}）</translation>
        </message>
        <message>
            <source>登记支付 {n}</source>
            <translation>登记支付 {n}</translation>
        </message>
        <message>
            <source>向 {m} 支付 {a}</source>
            <translation>向 {m} 支付 {a}</translation>
        </message>
        <message>
            <source>凭证号或转账流水号</source>
            <translation>凭证号或转账流水号</translation>
        </message>
        <message>
            <source>会员未登记开户银行</source>
            <translation>会员未登记开户银行</translation>
        </message>
        <message>
            <source>会员未登记银行账号</source>
            <translation>会员未登记银行账号</translation>
        </message>
        <message>
            <source>确认支付</source>
            <translation>确认支付</translation>
        </message>
        <message>
            <source>计算过程</source>
            <translation>计算过程</translation>
        </message>
        <message>
            <source>支付方式</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <source>凭证号</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <source>支付日期</source>
            <translation>支付日期</translation>
        </message>
        <message>
            <source>开户银行（空：会员登记的）</source>
            <translation>开户银行（空：会员登记的）</translation>
        </message>
        <message>
            <source>银行账号（空：会员登记的）</source>
            <translation>银行账号（空：会员登记的）</translation>
        </message>
    </context>
    <context>
        <name>PaymentBox</name>
        <message>
            <source>{l} {a} 元（大写：{c}）</source>
            <translation>{l} {a} 元（大写：{c}）</translation>
        </message>
        <message>
            <source>退费</source>
            <translation>退费</translation>
        </message>
        <message>
            <source>收款</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>（元）</source>
            <translation>（元）</translation>
        </message>
        <message>
            <source>转账流水号、支票号或收款凭证号</source>
            <translation>转账流水号、支票号或收款凭证号</translation>
        </message>
        <message>
            <source>退费方式(&amp;M)</source>
            <translation>退费方式(&amp;M)</translation>
        </message>
        <message>
            <source>收款方式(&amp;M)</source>
            <translation>收款方式(&amp;M)</translation>
        </message>
        <message>
            <source>凭证号(&amp;V)</source>
            <translation>凭证号(&amp;V)</translation>
        </message>
        <message>
            <source>退费日期</source>
            <translation>退费日期</translation>
        </message>
        <message>
            <source>缴费日期(&amp;P)</source>
            <translation>缴费日期(&amp;P)</translation>
        </message>
        <message>
            <source>退费金额</source>
            <translation>退费金额</translation>
        </message>
        <message>
            <source>应缴会费</source>
            <translation>应缴会费</translation>
        </message>
        <message>
            <source>金额应为不小于 0、最多两位小数的元数，如 1234.50。</source>
            <translation>金额应为不小于 0、最多两位小数的元数，如 1234.50。</translation>
        </message>
        <message>
            <source>各付款方合计 {a} 元，与应缴 {b} 元相差 {c} 元。</source>
            <translation>各付款方合计 {a} 元，与应缴 {b} 元相差 {c} 元。</translation>
        </message>
        <message>
            <source>退费日期不能晚于今天（{t}）。</source>
            <translation>退费日期不能晚于今天（{t}）。</translation>
        </message>
        <message>
            <source>缴费日期不能晚于今天（{t}）。</source>
            <translation>缴费日期不能晚于今天（{t}）。</translation>
        </message>
    </context>
    <context>
        <name>PaymentStep</name>
        <message>
            <source>第五步：缴费分摊</source>
            <translation>第五步：缴费分摊</translation>
        </message>
        <message>
            <source>（元）</source>
            <translation>（元）</translation>
        </message>
        <message>
            <source>应缴会费 {0} 元</source>
            <translation>应缴会费 {0} 元</translation>
        </message>
        <message>
            <source>金额应为不小于 0、最多两位小数的元数。</source>
            <translation>金额应为不小于 0、最多两位小数的元数。</translation>
        </message>
        <message>
            <source>尚需分摊 {0} 元</source>
            <translation>尚需分摊 {0} 元</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>尚未生成文书</source>
            <translation>尚未生成文书</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>另存为 PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message numerus="yes">
            <source>共 %n 页</source>
            <translation>
                <numerusform>共 %n 页</numerusform>
            </translation>
        </message>
        <message>
            <source>正在打印…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>另存为 PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>工作台将显示今日待办：待审核和待审批的理赔、即将到期的参保单位、超过服务承诺时限的案件、距上次同步的天数，以及本年度参保人数和理赔金额的概况。</source>
            <translation>工作台将显示今日待办：待审核和待审批的理赔、即将到期的参保单位、超过服务承诺时限的案件、距上次同步的天数，以及本年度参保人数和理赔金额的概况。</translation>
        </message>
        <message>
            <source>单位页面将用于登记和修改参保单位（统一社会信用代码、工会名称、联系人、在职职工数），并按名称或代码查找单位。</source>
            <translation>单位页面将用于登记和修改参保单位（统一社会信用代码、工会名称、联系人、在职职工数），并按名称或代码查找单位。</translation>
        </message>
        <message>
            <source>会员页面将用于登记和查找职工会员（按身份证号或姓名拼音首字母），查看其所在单位、参保记录和理赔记录。</source>
            <translation>会员页面将用于登记和查找职工会员（按身份证号或姓名拼音首字母），查看其所在单位、参保记录和理赔记录。</translation>
        </message>
        <message>
            <source>参保页面将用于办理单位集体参保：导入花名册（Excel）、选择保障计划和份数、核对参保规则、登记缴费并生成参保凭证。</source>
            <translation>参保页面将用于办理单位集体参保：导入花名册（Excel）、选择保障计划和份数、核对参保规则、登记缴费并生成参保凭证。</translation>
        </message>
        <message>
            <source>理赔页面将用于受理、审核、审批和给付互助金：录入医疗费用、按计划规则计算给付金额，并记录每一步的经办人。</source>
            <translation>理赔页面将用于受理、审核、审批和给付互助金：录入医疗费用、按计划规则计算给付金额，并记录每一步的经办人。</translation>
        </message>
        <message>
            <source>打印页面将用于打印和补打参保凭证、给付通知书和收据（A4 或套打），带预览和二维码校验。</source>
            <translation>打印页面将用于打印和补打参保凭证、给付通知书和收据（A4 或套打），带预览和二维码校验。</translation>
        </message>
        <message>
            <source>同步页面将用于生成发往省办事处的数据包、导入省办事处的回执包，并显示同步记录。</source>
            <translation>同步页面将用于生成发往省办事处的数据包、导入省办事处的回执包，并显示同步记录。</translation>
        </message>
        <message>
            <source>报表页面将提供参保、理赔和资金的统计报表，并可导出为 Excel 文件。</source>
            <translation>报表页面将提供参保、理赔和资金的统计报表，并可导出为 Excel 文件。</translation>
        </message>
        <message>
            <source>本页面尚未建成，以上功能将在后续版本中提供；目前不能在此办理业务。</source>
            <translation>本页面尚未建成，以上功能将在后续版本中提供；目前不能在此办理业务。</translation>
        </message>
    </context>
    <context>
        <name>PlansStep</name>
        <message>
            <source>第二步：保障计划、份数和生效日</source>
            <translation>第二步：保障计划、份数和生效日</translation>
        </message>
        <message>
            <source>赠送项目（上级工会全额赠送，免参保率）</source>
            <translation>赠送项目（上级工会全额赠送，免参保率）</translation>
        </message>
        <message>
            <source> 份</source>
            <translation> 份</translation>
        </message>
        <message>
            <source>{0} 元/份</source>
            <translation>{0} 元/份</translation>
        </message>
        <message>
            <source>生效日(&amp;D)</source>
            <translation>生效日(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>参保凭证 {n}</source>
            <translation>参保凭证 {n}</translation>
        </message>
        <message>
            <source>收款收据</source>
            <translation>收款收据</translation>
        </message>
    </context>
    <context>
        <name>PrinterChoices</name>
        <message>
            <source>系统默认打印机</source>
            <translation>系统默认打印机</translation>
        </message>
        <message>
            <source>打印校准页</source>
            <translation>打印校准页</translation>
        </message>
    </context>
    <context>
        <name>PrintersBox</name>
        <message>
            <source>默认打印机（本机）</source>
            <translation>默认打印机（本机）</translation>
        </message>
        <message>
            <source>打印字体</source>
            <translation>打印字体</translation>
        </message>
        <message>
            <source>保存打印机设置</source>
            <translation>保存打印机设置</translation>
        </message>
        <message>
            <source>无法保存：{e}</source>
            <translation>无法保存：{e}</translation>
        </message>
        <message>
            <source>已保存。</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>PrintersPage</name>
        <message>
            <source>打印机</source>
            <translation>打印机</translation>
        </message>
        <message>
            <source>为每种单据选择默认打印机；套打单据请打印校准页并量出偏差。</source>
            <translation>为每种单据选择默认打印机；套打单据请打印校准页并量出偏差。</translation>
        </message>
        <message>
            <source>校准页已生成：{p}。打印后在“打印 → 套打校准”中填写偏差。</source>
            <translation>校准页已生成：{p}。打印后在“打印 → 套打校准”中填写偏差。</translation>
        </message>
    </context>
    <context>
        <name>PrintingPage</name>
        <message>
            <source>会员参保凭证</source>
            <translation>会员参保凭证</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>单位参保凭证（含名单）</source>
            <translation>单位参保凭证（含名单）</translation>
        </message>
        <message>
            <source>统一社会信用代码</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>参保单全部会员凭证（批量）</source>
            <translation>参保单全部会员凭证（批量）</translation>
        </message>
        <message>
            <source>参保单号</source>
            <translation>参保单号</translation>
        </message>
        <message>
            <source>互助费收款收据</source>
            <translation>互助费收款收据</translation>
        </message>
        <message>
            <source>收据编号</source>
            <translation>收据编号</translation>
        </message>
        <message>
            <source>理赔受理回执</source>
            <translation>理赔受理回执</translation>
        </message>
        <message>
            <source>理赔编号</source>
            <translation>理赔编号</translation>
        </message>
        <message>
            <source>给付/不予给付通知书</source>
            <translation>给付/不予给付通知书</translation>
        </message>
        <message>
            <source>生成文书</source>
            <translation>生成文书</translation>
        </message>
        <message>
            <source>套打到预印收据</source>
            <translation>套打到预印收据</translation>
        </message>
        <message>
            <source>含背面：合作机构名单（双面打印）</source>
            <translation>含背面：合作机构名单（双面打印）</translation>
        </message>
        <message>
            <source>每张凭证后附一页打印日有效的优惠合作机构，打印机选双面</source>
            <translation>每张凭证后附一页打印日有效的优惠合作机构，打印机选双面</translation>
        </message>
        <message>
            <source>生成并预览</source>
            <translation>生成并预览</translation>
        </message>
        <message>
            <source>文书</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>生成即登记：凭证首次生成时编号，再次生成记为补打。</source>
            <translation>生成即登记：凭证首次生成时编号，再次生成记为补打。</translation>
        </message>
        <message>
            <source>请先填写%1。</source>
            <translation>请先填写%1。</translation>
        </message>
        <message>
            <source>已生成 %1，共 %2 页</source>
            <translation>已生成 %1，共 %2 页</translation>
        </message>
        <message>
            <source>（补打 %1 份）</source>
            <translation>（补打 %1 份）</translation>
        </message>
        <message>
            <source>二维码验真</source>
            <translation>二维码验真</translation>
        </message>
        <message>
            <source>用扫码枪扫描凭证或收据上的二维码</source>
            <translation>用扫码枪扫描凭证或收据上的二维码</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>无效</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>本处没有该编号的记录（可能由其他代办处签发）</source>
            <translation>本处没有该编号的记录（可能由其他代办处签发）</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>登记代办处</source>
            <translation>登记代办处</translation>
        </message>
        <message>
            <source>8位代办处代码，如 61020401</source>
            <translation>8位代办处代码，如 61020401</translation>
        </message>
        <message>
            <source>代办处代码</source>
            <translation>代办处代码</translation>
        </message>
        <message>
            <source>代办处名称</source>
            <translation>代办处名称</translation>
        </message>
    </context>
    <context>
        <name>RejoinDialog</name>
        <message>
            <source>重新在职</source>
            <translation>重新在职</translation>
        </message>
        <message>
            <source>所在单位</source>
            <translation>所在单位</translation>
        </message>
    </context>
    <context>
        <name>RenewalDialog</name>
        <message>
            <source>续保预览 — {n}</source>
            <translation>续保预览 — {n}</translation>
        </message>
        <message>
            <source>确认续保(&amp;S)</source>
            <translation>确认续保(&amp;S)</translation>
        </message>
        <message>
            <source>打印收款收据(&amp;R)…</source>
            <translation>打印收款收据(&amp;R)…</translation>
        </message>
        <message>
            <source>打印参保凭证(&amp;C)…</source>
            <translation>打印参保凭证(&amp;C)…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>人员</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>规则检查</source>
            <translation>规则检查</translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <source>{c} {s} 份</source>
            <translation>{c} {s} 份</translation>
        </message>
        <message>
            <source>续保 {old}：新保障期 {a} 至 {b}；计划 {plans}；续保 {n} 人（上期续保 {k} 人，新增在职 {h} 人）。</source>
            <translation>续保 {old}：新保障期 {a} 至 {b}；计划 {plans}；续保 {n} 人（上期续保 {k} 人，新增在职 {h} 人）。</translation>
        </message>
        <message>
            <source>续保</source>
            <translation>续保</translation>
        </message>
        <message>
            <source>新增在职</source>
            <translation>新增在职</translation>
        </message>
        <message>
            <source>不再续保：离职或调出</source>
            <translation>不再续保：离职或调出</translation>
        </message>
        <message>
            <source>不再续保：超龄</source>
            <translation>不再续保：超龄</translation>
        </message>
        <message>
            <source>{l}（{n} 人）</source>
            <translation>{l}（{n} 人）</translation>
        </message>
        <message>
            <source>应缴会费</source>
            <translation>应缴会费</translation>
        </message>
        <message>
            <source>已续保：新参保单 {n}，{m} 人。</source>
            <translation>已续保：新参保单 {n}，{m} 人。</translation>
        </message>
        <message>
            <source>已收会费</source>
            <translation>已收会费</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>导出 Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>导出 PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>全省工作落实情况报表（报省总工会）　年度</source>
            <translation>全省工作落实情况报表（报省总工会）　年度</translation>
        </message>
        <message>
            <source>八大群体赠送情况</source>
            <translation>八大群体赠送情况</translation>
        </message>
        <message>
            <source>报表</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>保存报表</source>
            <translation>保存报表</translation>
        </message>
        <message>
            <source>已保存：{p}</source>
            <translation>已保存：{p}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>单位对账单：统一社会信用代码</source>
            <translation>单位对账单：统一社会信用代码</translation>
        </message>
        <message>
            <source>保存为 Excel(&amp;S)…</source>
            <translation>保存为 Excel(&amp;S)…</translation>
        </message>
        <message>
            <source>报表</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>至</source>
            <translation>至</translation>
        </message>
        <message>
            <source>统计期间</source>
            <translation>统计期间</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>设定年度指标…</source>
            <translation>设定年度指标…</translation>
        </message>
        <message>
            <source>年度指标</source>
            <translation>年度指标</translation>
        </message>
        <message>
            <source>逆选择监测（主管）</source>
            <translation>逆选择监测（主管）</translation>
        </message>
        <message>
            <source>检查本期间</source>
            <translation>检查本期间</translation>
        </message>
        <message>
            <source>保存报表</source>
            <translation>保存报表</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>生成报表</source>
            <translation>生成报表</translation>
        </message>
        <message>
            <source>已保存：{path}</source>
            <translation>已保存：{path}</translation>
        </message>
        <message>
            <source>逆选择监测</source>
            <translation>逆选择监测</translation>
        </message>
        <message>
            <source>本期间没有需要关注的单位、参保单或理赔。</source>
            <translation>本期间没有需要关注的单位、参保单或理赔。</translation>
        </message>
    </context>
    <context>
        <name>RosterImportDialog</name>
        <message>
            <source>花名册 (*.xlsx *.xls *.csv)</source>
            <translation>花名册 (*.xlsx *.xls *.csv)</translation>
        </message>
        <message>
            <source>导入花名册 — {0}</source>
            <translation>导入花名册 — {0}</translation>
        </message>
        <message>
            <source>单位交来的 .xlsx、.xls 或 .csv 文件</source>
            <translation>单位交来的 .xlsx、.xls 或 .csv 文件</translation>
        </message>
        <message>
            <source>输入单位名称或信用代码的一部分，回车选定</source>
            <translation>输入单位名称或信用代码的一部分，回车选定</translation>
        </message>
        <message>
            <source>选择文件…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>跳过有问题的行（其余各行在参保规则仍满足时导入）</source>
            <translation>跳过有问题的行（其余各行在参保规则仍满足时导入）</translation>
        </message>
        <message>
            <source>会费由单位缴纳，按导入人数计收</source>
            <translation>会费由单位缴纳，按导入人数计收</translation>
        </message>
        <message>
            <source>参保单位(&amp;U)</source>
            <translation>参保单位(&amp;U)</translation>
        </message>
        <message>
            <source>文件</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>计划和份数</source>
            <translation>计划和份数</translation>
        </message>
        <message>
            <source>生效日期</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>行</source>
            <translation>行</translation>
        </message>
        <message>
            <source>问题</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>检查</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>保存错误报告…</source>
            <translation>保存错误报告…</translation>
        </message>
        <message>
            <source>下载模板…</source>
            <translation>下载模板…</translation>
        </message>
        <message>
            <source>导出会员名单…</source>
            <translation>导出会员名单…</translation>
        </message>
        <message>
            <source>下载续保名单…</source>
            <translation>下载续保名单…</translation>
        </message>
        <message>
            <source>本单位最近一张参保单中仍在职的人员，交单位核对</source>
            <translation>本单位最近一张参保单中仍在职的人员，交单位核对</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>打印参保凭证…</source>
            <translation>打印参保凭证…</translation>
        </message>
        <message>
            <source>打印收款收据…</source>
            <translation>打印收款收据…</translation>
        </message>
        <message>
            <source>选择花名册</source>
            <translation>选择花名册</translation>
        </message>
        <message>
            <source>请先选择参保单位。</source>
            <translation>请先选择参保单位。</translation>
        </message>
        <message>
            <source>请先选择单位交来的花名册文件。</source>
            <translation>请先选择单位交来的花名册文件。</translation>
        </message>
        <message>
            <source>检查花名册</source>
            <translation>检查花名册</translation>
        </message>
        <message>
            <source>导入花名册</source>
            <translation>导入花名册</translation>
        </message>
        <message>
            <source>已取消，未写入任何数据。</source>
            <translation>已取消，未写入任何数据。</translation>
        </message>
        <message>
            <source>共 {0} 行，可导入 {1} 行，有问题 {2} 行。</source>
            <translation>共 {0} 行，可导入 {1} 行，有问题 {2} 行。</translation>
        </message>
        <message>
            <source>已导入：新登记 {0} 人，参保单 {1}。</source>
            <translation>已导入：新登记 {0} 人，参保单 {1}。</translation>
        </message>
        <message>
            <source>可以打印参保凭证和收款收据。</source>
            <translation>可以打印参保凭证和收款收据。</translation>
        </message>
        <message>
            <source>检查通过，可以导入。</source>
            <translation>检查通过，可以导入。</translation>
        </message>
        <message>
            <source>检查未通过。</source>
            <translation>检查未通过。</translation>
        </message>
        <message>
            <source>未导入，未写入任何数据。</source>
            <translation>未导入，未写入任何数据。</translation>
        </message>
        <message>
            <source>保存错误报告</source>
            <translation>保存错误报告</translation>
        </message>
        <message>
            <source>{u}-错误报告.xlsx</source>
            <translation>{u}-错误报告.xlsx</translation>
        </message>
        <message>
            <source>保存花名册模板</source>
            <translation>保存花名册模板</translation>
        </message>
        <message>
            <source>{u}-花名册模板.xlsx</source>
            <translation>{u}-花名册模板.xlsx</translation>
        </message>
        <message>
            <source>生成模板</source>
            <translation>生成模板</translation>
        </message>
        <message>
            <source>该单位还没有参保单，无法生成续保名单。</source>
            <translation>该单位还没有参保单，无法生成续保名单。</translation>
        </message>
        <message>
            <source>保存续保名单</source>
            <translation>保存续保名单</translation>
        </message>
        <message>
            <source>{u}-续保名单.xlsx</source>
            <translation>{u}-续保名单.xlsx</translation>
        </message>
        <message>
            <source>生成续保名单</source>
            <translation>生成续保名单</translation>
        </message>
        <message>
            <source>导出会员名单</source>
            <translation>导出会员名单</translation>
        </message>
        <message>
            <source>{u}-会员名单.xlsx</source>
            <translation>{u}-会员名单.xlsx</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>代办处设置</source>
            <translation>代办处设置</translation>
        </message>
        <message>
            <source>使用</source>
            <translation>使用</translation>
        </message>
        <message>
            <source>这么久没有键盘和鼠标操作时锁定桌面，需输入密码继续</source>
            <translation>这么久没有键盘和鼠标操作时锁定桌面，需输入密码继续</translation>
        </message>
        <message>
            <source>留空则使用数据文件夹中的 backups</source>
            <translation>留空则使用数据文件夹中的 backups</translation>
        </message>
        <message>
            <source>界面语言在重新启动程序后生效。</source>
            <translation>界面语言在重新启动程序后生效。</translation>
        </message>
        <message>
            <source>保存设置</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <source>没有修改。</source>
            <translation>没有修改。</translation>
        </message>
        <message>
            <source>已保存。</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>关于</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>软件</source>
            <translation>软件</translation>
        </message>
        <message>
            <source>职工互助保障代办系统</source>
            <translation>职工互助保障代办系统</translation>
        </message>
        <message>
            <source>版本</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>数据库文件</source>
            <translation>数据库文件</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>欢迎使用职工互助保障代办系统</source>
            <translation>欢迎使用职工互助保障代办系统</translation>
        </message>
        <message>
            <source>导入省办事处发给本代办处的代办处文件（.hzo）</source>
            <translation>导入省办事处发给本代办处的代办处文件（.hzo）</translation>
        </message>
        <message>
            <source>创建演示代办处试用（含示例单位和会员）</source>
            <translation>创建演示代办处试用（含示例单位和会员）</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>选择代办处文件</source>
            <translation>选择代办处文件</translation>
        </message>
        <message>
            <source>代办处文件 (*.hzo)</source>
            <translation>代办处文件 (*.hzo)</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>立即导出同步包…</source>
            <translation>立即导出同步包…</translation>
        </message>
        <message>
            <source>导入回执包…</source>
            <translation>导入回执包…</translation>
        </message>
        <message>
            <source>同步包记录</source>
            <translation>同步包记录</translation>
        </message>
        <message>
            <source>方向</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>序号</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>确认日期</source>
            <translation>确认日期</translation>
        </message>
        <message>
            <source>省办事处提醒</source>
            <translation>省办事处提醒</translation>
        </message>
        <message>
            <source>收到时间</source>
            <translation>收到时间</translation>
        </message>
        <message>
            <source>提醒</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>标记为已处理</source>
            <translation>标记为已处理</translation>
        </message>
        <message>
            <source>从未导出</source>
            <translation>从未导出</translation>
        </message>
        <message>
            <source>上次导出：{last}；待同步变更 {n} 条</source>
            <translation>上次导出：{last}；待同步变更 {n} 条</translation>
        </message>
        <message>
            <source>本数据库没有省办事处签发的同步密钥，不能同步。请用代办处文件初始化。</source>
            <translation>本数据库没有省办事处签发的同步密钥，不能同步。请用代办处文件初始化。</translation>
        </message>
        <message>
            <source>已超过 {d} 天未同步，请尽快导出同步包交省办事处。</source>
            <translation>已超过 {d} 天未同步，请尽快导出同步包交省办事处。</translation>
        </message>
        <message>
            <source>上报</source>
            <translation>上报</translation>
        </message>
        <message>
            <source>回执</source>
            <translation>回执</translation>
        </message>
        <message>
            <source>已导出</source>
            <translation>已导出</translation>
        </message>
        <message>
            <source>省办事处已确认</source>
            <translation>省办事处已确认</translation>
        </message>
        <message>
            <source>已导入</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>选择同步包保存位置（如U盘）</source>
            <translation>选择同步包保存位置（如U盘）</translation>
        </message>
        <message>
            <source>导出同步包</source>
            <translation>导出同步包</translation>
        </message>
        <message>
            <source>已导出第 {seq} 号同步包（{rows} 行）：
{path}
请将该文件交省办事处。</source>
            <translation>已导出第 {seq} 号同步包（{rows} 行）：
{path}
请将该文件交省办事处。</translation>
        </message>
        <message>
            <source>选择省办事处回执包</source>
            <translation>选择省办事处回执包</translation>
        </message>
        <message>
            <source>回执包 (*.hzr)</source>
            <translation>回执包 (*.hzr)</translation>
        </message>
        <message>
            <source>导入回执包</source>
            <translation>导入回执包</translation>
        </message>
        <message>
            <source>第 {seq} 号回执包此前已导入，未作任何改动。</source>
            <translation>第 {seq} 号回执包此前已导入，未作任何改动。</translation>
        </message>
        <message>
            <source>已导入第 {seq} 号回执包：确认同步包 {acks} 个，新提醒 {alerts} 条，审批结果 {decisions} 条。</source>
            <translation>已导入第 {seq} 号回执包：确认同步包 {acks} 个，新提醒 {alerts} 条，审批结果 {decisions} 条。</translation>
        </message>
        <message>
            <source>标记提醒</source>
            <translation>标记提醒</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>设定年度指标</source>
            <translation>设定年度指标</translation>
        </message>
        <message>
            <source>如 60.5</source>
            <translation>如 60.5</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>年度</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>修改单位</source>
            <translation>修改单位</translation>
        </message>
        <message>
            <source>登记单位</source>
            <translation>登记单位</translation>
        </message>
        <message>
            <source>统一社会信用代码</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>单位名称</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source>在职职工数</source>
            <translation>在职职工数</translation>
        </message>
        <message>
            <source>女职工数</source>
            <translation>女职工数</translation>
        </message>
        <message>
            <source>行业</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>工会名称</source>
            <translation>工会名称</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
    </context>
    <context>
        <name>UnitStep</name>
        <message>
            <source>第一步：选择参保单位</source>
            <translation>第一步：选择参保单位</translation>
        </message>
        <message>
            <source>单位名称、联系人或信用代码</source>
            <translation>单位名称、联系人或信用代码</translation>
        </message>
        <message>
            <source>{name}（{uscc}）  {n} 人</source>
            <translation>{name}（{uscc}）  {n} 人</translation>
        </message>
    </context>
    <context>
        <name>UnitsModel</name>
        <message>
            <source>单位名称</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source>统一社会信用代码</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>在职职工</source>
            <translation>在职职工</translation>
        </message>
        <message>
            <source>已登记会员</source>
            <translation>已登记会员</translation>
        </message>
        <message>
            <source>行业</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>在用</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>停用</translation>
        </message>
    </context>
    <context>
        <name>UnitsPage</name>
        <message>
            <source>按单位名称、联系人或统一社会信用代码查找</source>
            <translation>按单位名称、联系人或统一社会信用代码查找</translation>
        </message>
        <message>
            <source>显示停用单位</source>
            <translation>显示停用单位</translation>
        </message>
        <message>
            <source>登记单位…</source>
            <translation>登记单位…</translation>
        </message>
        <message>
            <source>修改…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>查看…</source>
            <translation>查看…</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>参保编号</source>
            <translation>参保编号</translation>
        </message>
        <message>
            <source>起始日</source>
            <translation>起始日</translation>
        </message>
        <message>
            <source>终止日</source>
            <translation>终止日</translation>
        </message>
        <message>
            <source>保障计划（份数）</source>
            <translation>保障计划（份数）</translation>
        </message>
        <message>
            <source>人数</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>保费（元）</source>
            <translation>保费（元）</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>会员</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>参保记录</source>
            <translation>参保记录</translation>
        </message>
        <message>
            <source>变更历史</source>
            <translation>变更历史</translation>
        </message>
        <message>
            <source>保障起始于 {p} 的参保单位</source>
            <translation>保障起始于 {p} 的参保单位</translation>
        </message>
        <message>
            <source>没有找到单位</source>
            <translation>没有找到单位</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>{name}：在职职工 {h} 人（女 {f} 人），已登记会员 {m} 人</source>
            <translation>{name}：在职职工 {h} 人（女 {f} 人），已登记会员 {m} 人</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>恢复单位</source>
            <translation>恢复单位</translation>
        </message>
        <message>
            <source>停用单位</source>
            <translation>停用单位</translation>
        </message>
        <message>
            <source>查找：{t}</source>
            <translation>查找：{t}</translation>
        </message>
        <message>
            <source>单位列表</source>
            <translation>单位列表</translation>
        </message>
    </context>
    <context>
        <name>_StatusDialog</name>
        <message>
            <source>会员</source>
            <translation>会员</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>经办</source>
            <translation>经办</translation>
        </message>
        <message>
            <source>审核</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>主管</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>管理员</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>管理操作员</source>
            <translation>管理操作员</translation>
        </message>
        <message>
            <source>修改设置</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <source>登记和修改单位</source>
            <translation>登记和修改单位</translation>
        </message>
        <message>
            <source>登记和修改会员</source>
            <translation>登记和修改会员</translation>
        </message>
        <message>
            <source>办理参保</source>
            <translation>办理参保</translation>
        </message>
        <message>
            <source>审批参保规则例外</source>
            <translation>审批参保规则例外</translation>
        </message>
        <message>
            <source>撤销参保</source>
            <translation>撤销参保</translation>
        </message>
        <message>
            <source>受理理赔</source>
            <translation>受理理赔</translation>
        </message>
        <message>
            <source>审核理赔</source>
            <translation>审核理赔</translation>
        </message>
        <message>
            <source>审批理赔</source>
            <translation>审批理赔</translation>
        </message>
        <message>
            <source>登记给付</source>
            <translation>登记给付</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>数据同步</source>
            <translation>数据同步</translation>
        </message>
        <message>
            <source>备份数据</source>
            <translation>备份数据</translation>
        </message>
        <message>
            <source>恢复数据</source>
            <translation>恢复数据</translation>
        </message>
        <message>
            <source>查看完整个人信息</source>
            <translation>查看完整个人信息</translation>
        </message>
        <message>
            <source>查看报表</source>
            <translation>查看报表</translation>
        </message>
        <message>
            <source>操作员 {user}（{role}）无权{what}；需要以下角色之一：{allowed}。</source>
            <translation>操作员 {user}（{role}）无权{what}；需要以下角色之一：{allowed}。</translation>
        </message>
        <message>
            <source>密码至少需要 {n} 个字符。</source>
            <translation>密码至少需要 {n} 个字符。</translation>
        </message>
        <message>
            <source>用户名不能为空，且不超过40个字符。</source>
            <translation>用户名不能为空，且不超过40个字符。</translation>
        </message>
        <message>
            <source>用户名“{u}”已存在，请换一个。</source>
            <translation>用户名“{u}”已存在，请换一个。</translation>
        </message>
        <message>
            <source>没有名为“{u}”的操作员。</source>
            <translation>没有名为“{u}”的操作员。</translation>
        </message>
        <message>
            <source>文件 {p} 已存在，请换一个文件名。</source>
            <translation>文件 {p} 已存在，请换一个文件名。</translation>
        </message>
        <message>
            <source>找不到文件 {p}。</source>
            <translation>找不到文件 {p}。</translation>
        </message>
        <message>
            <source>文件 {p} 不是完好的数据库备份（{d}），已拒绝恢复。</source>
            <translation>文件 {p} 不是完好的数据库备份（{d}），已拒绝恢复。</translation>
        </message>
        <message>
            <source>备份 {p} 的结构版本（{r}）不被本程序识别，可能来自更新的版本，已拒绝恢复。</source>
            <translation>备份 {p} 的结构版本（{r}）不被本程序识别，可能来自更新的版本，已拒绝恢复。</translation>
        </message>
        <message>
            <source>文件 {p} 不是互助保障代办系统的数据库备份，已拒绝恢复。</source>
            <translation>文件 {p} 不是互助保障代办系统的数据库备份，已拒绝恢复。</translation>
        </message>
        <message>
            <source>备份属于代办处 {theirs}，本机数据属于代办处 {ours}，不能恢复他处的备份。</source>
            <translation>备份属于代办处 {theirs}，本机数据属于代办处 {ours}，不能恢复他处的备份。</translation>
        </message>
        <message>
            <source>恢复失败：{e}。原数据库保存在 {k}。</source>
            <translation>恢复失败：{e}。原数据库保存在 {k}。</translation>
        </message>
        <message>
            <source>给付互助金 {a} 元</source>
            <translation>给付互助金 {a} 元</translation>
        </message>
        <message>
            <source>政策内个人自付 {s} 元 − 起付额 {d} 元 = {b} 元{note}</source>
            <translation>政策内个人自付 {s} 元 − 起付额 {d} 元 = {b} 元{note}</translation>
        </message>
        <message>
            <source>本保障期第 {n} 次给付住院</source>
            <translation>本保障期第 {n} 次给付住院</translation>
        </message>
        <message>
            <source>× {r}（{w}）= {p} 元</source>
            <translation>× {r}（{w}）= {p} 元</translation>
        </message>
        <message>
            <source>限额 {c} 元 × {n} 份 − 本保障期已给付 {u} 元 = 剩余限额 {r} 元</source>
            <translation>限额 {c} 元 × {n} 份 − 本保障期已给付 {u} 元 = 剩余限额 {r} 元</translation>
        </message>
        <message>
            <source>剩余限额 {r} 元，给付 {a} 元</source>
            <translation>剩余限额 {r} 元，给付 {a} 元</translation>
        </message>
        <message>
            <source>住院 {a} 至 {d}：出院日 − 入院日 = {n} 天</source>
            <translation>住院 {a} 至 {d}：出院日 − 入院日 = {n} 天</translation>
        </message>
        <message>
            <source>伤残 {g} 级：{t} 元 × {p}% = {a} 元</source>
            <translation>伤残 {g} 级：{t} 元 × {p}% = {a} 元</translation>
        </message>
        <message>
            <source>本保障期已给付伤残 {d} 元，伤残合计不超过身故金额，剩余 {r} 元，给付 {a} 元</source>
            <translation>本保障期已给付伤残 {d} 元，伤残合计不超过身故金额，剩余 {r} 元，给付 {a} 元</translation>
        </message>
        <message>
            <source>缺少事件日期（入院、确诊或出险日期），无法判断保障期。</source>
            <translation>缺少事件日期（入院、确诊或出险日期），无法判断保障期。</translation>
        </message>
        <message>
            <source>事件日期 {d} 不在保障期 {s} 至 {e} 内。</source>
            <translation>事件日期 {d} 不在保障期 {s} 至 {e} 内。</translation>
        </message>
        <message>
            <source>本保障期已给付 {p} 天，上限 {m} 天，剩余 {l} 天；可给付 {n} 天</source>
            <translation>本保障期已给付 {p} 天，上限 {m} 天，剩余 {l} 天；可给付 {n} 天</translation>
        </message>
        <message>
            <source>{n} 天 × {r} 元 × {s} 份 = {a} 元</source>
            <translation>{n} 天 × {r} 元 × {s} 份 = {a} 元</translation>
        </message>
        <message>
            <source>住院不足 {m} 天，不予给付津贴</source>
            <translation>住院不足 {m} 天，不予给付津贴</translation>
        </message>
        <message>
            <source>− 已给付轻度疾病 {m} 元 = {a} 元（补足差额）</source>
            <translation>− 已给付轻度疾病 {m} 元 = {a} 元（补足差额）</translation>
        </message>
        <message>
            <source>− 本保障期已给付伤残 {d} 元 = {a} 元</source>
            <translation>− 本保障期已给付伤残 {d} 元 = {a} 元</translation>
        </message>
        <message>
            <source>意外住院 {n} 天</source>
            <translation>意外住院 {n} 天</translation>
        </message>
        <message>
            <source>事件日期 {d} 在观察期内：{w} 起发生的事件才能给付。</source>
            <translation>事件日期 {d} 在观察期内：{w} 起发生的事件才能给付。</translation>
        </message>
        <message>
            <source>申请日期 {f} 已超过申请时限：应在 {a} 起 {n} 年内（最迟 {last}）提出。</source>
            <translation>申请日期 {f} 已超过申请时限：应在 {a} 起 {n} 年内（最迟 {last}）提出。</translation>
        </message>
        <message>
            <source>不予给付：{p}</source>
            <translation>不予给付：{p}</translation>
        </message>
        <message>
            <source>本保障期已给付重度疾病互助金，不再给付</source>
            <translation>本保障期已给付重度疾病互助金，不再给付</translation>
        </message>
        <message>
            <source>未注明重度或轻度，无法计算</source>
            <translation>未注明重度或轻度，无法计算</translation>
        </message>
        <message>
            <source>本保障期已给付轻度疾病互助金，仅首次诊断给付</source>
            <translation>本保障期已给付轻度疾病互助金，仅首次诊断给付</translation>
        </message>
        <message>
            <source>诊断“{x}”不属于本计划保障的疾病（{l}），不予给付</source>
            <translation>诊断“{x}”不属于本计划保障的疾病（{l}），不予给付</translation>
        </message>
        <message>
            <source>本保障期已给付过特殊疾病互助金（每个保障期限一次），不再给付</source>
            <translation>本保障期已给付过特殊疾病互助金（每个保障期限一次），不再给付</translation>
        </message>
        <message>
            <source>本保障期已给付身故互助金，不再给付</source>
            <translation>本保障期已给付身故互助金，不再给付</translation>
        </message>
        <message>
            <source>本保障期已给付身故互助金，不再给付伤残</source>
            <translation>本保障期已给付身故互助金，不再给付伤残</translation>
        </message>
        <message>
            <source>伤残等级应为 {l} 之一</source>
            <translation>伤残等级应为 {l} 之一</translation>
        </message>
        <message>
            <source>没有适用于 {d} 的保障计划目录；请先导入省办事处下发的计划目录。</source>
            <translation>没有适用于 {d} 的保障计划目录；请先导入省办事处下发的计划目录。</translation>
        </message>
        <message>
            <source>没有版本为 {v} 的保障计划目录。</source>
            <translation>没有版本为 {v} 的保障计划目录。</translation>
        </message>
        <message>
            <source>保障计划目录版本 {v} 已存在且内容不同；新目录须使用新的版本号。</source>
            <translation>保障计划目录版本 {v} 已存在且内容不同；新目录须使用新的版本号。</translation>
        </message>
        <message>
            <source>保障计划目录 {v} 中没有代码为 {c} 的计划；可选：{codes}。</source>
            <translation>保障计划目录 {v} 中没有代码为 {c} 的计划；可选：{codes}。</translation>
        </message>
        <message>
            <source>找不到文件 {f}。</source>
            <translation>找不到文件 {f}。</translation>
        </message>
        <message>
            <source>文件 {f} 超过 {m} MB，请降低扫描分辨率后再附上。</source>
            <translation>文件 {f} 超过 {m} MB，请降低扫描分辨率后再附上。</translation>
        </message>
        <message>
            <source>文件 {f} 不是图片（JPG、PNG、TIFF、BMP）或 PDF。</source>
            <translation>文件 {f} 不是图片（JPG、PNG、TIFF、BMP）或 PDF。</translation>
        </message>
        <message>
            <source>“{d}”不在该申请的材料清单中。</source>
            <translation>“{d}”不在该申请的材料清单中。</translation>
        </message>
        <message>
            <source>材料文件 {h} 缺失或已损坏，请从备份恢复或重新扫描。</source>
            <translation>材料文件 {h} 缺失或已损坏，请从备份恢复或重新扫描。</translation>
        </message>
        <message>
            <source>理赔 {n} 给付 {a} 元，须经省办事处批准后才能支付（当前：{d}）。</source>
            <translation>理赔 {n} 给付 {a} 元，须经省办事处批准后才能支付（当前：{d}）。</translation>
        </message>
        <message>
            <source>理赔 {n} 由 {u} 受理，受理人不能审批自己受理的申请（双人复核）；请由另一位主管审批。</source>
            <translation>理赔 {n} 由 {u} 受理，受理人不能审批自己受理的申请（双人复核）；请由另一位主管审批。</translation>
        </message>
        <message>
            <source>该申请无可给付金额，请以“拒绝”结案并写明原因：{p}</source>
            <translation>该申请无可给付金额，请以“拒绝”结案并写明原因：{p}</translation>
        </message>
        <message>
            <source>“{u}”不在{k}申请的材料清单中（清单：{l}）。</source>
            <translation>“{u}”不在{k}申请的材料清单中（清单：{l}）。</translation>
        </message>
        <message>
            <source>省办事处未批准：{r}</source>
            <translation>省办事处未批准：{r}</translation>
        </message>
        <message>
            <source>保障计划目录中没有代码为 {c} 的计划。</source>
            <translation>保障计划目录中没有代码为 {c} 的计划。</translation>
        </message>
        <message>
            <source>申请人姓名“{a}”与会员登记姓名“{m}”不符。</source>
            <translation>申请人姓名“{a}”与会员登记姓名“{m}”不符。</translation>
        </message>
        <message>
            <source>会员 {n} 在事件日期 {d} 没有有效的“{p}”保障。</source>
            <translation>会员 {n} 在事件日期 {d} 没有有效的“{p}”保障。</translation>
        </message>
        <message>
            <source>没有证件号为 {n} 的会员。</source>
            <translation>没有证件号为 {n} 的会员。</translation>
        </message>
        <message>
            <source>申请信息有 {n} 处需要修改。</source>
            <translation>申请信息有 {n} 处需要修改。</translation>
        </message>
        <message>
            <source>住院医疗</source>
            <translation>住院医疗</translation>
        </message>
        <message>
            <source>住院津贴</source>
            <translation>住院津贴</translation>
        </message>
        <message>
            <source>重大疾病</source>
            <translation>重大疾病</translation>
        </message>
        <message>
            <source>女职工特殊疾病</source>
            <translation>女职工特殊疾病</translation>
        </message>
        <message>
            <source>意外身故</source>
            <translation>意外身故</translation>
        </message>
        <message>
            <source>意外伤残</source>
            <translation>意外伤残</translation>
        </message>
        <message>
            <source>意外住院</source>
            <translation>意外住院</translation>
        </message>
        <message>
            <source>已受理</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>审核中</source>
            <translation>审核中</translation>
        </message>
        <message>
            <source>待审批</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>已批准</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>已拒绝</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>已支付</source>
            <translation>已支付</translation>
        </message>
        <message>
            <source>已撤回</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>支付金额应大于 0 且不超过批准金额 {a} 元。</source>
            <translation>支付金额应大于 0 且不超过批准金额 {a} 元。</translation>
        </message>
        <message>
            <source>有 {n} 笔申请不能列入代发清单。</source>
            <translation>有 {n} 笔申请不能列入代发清单。</translation>
        </message>
        <message>
            <source>请至少选择一笔已批准的申请。</source>
            <translation>请至少选择一笔已批准的申请。</translation>
        </message>
        <message>
            <source>理赔 {n} 当前为“{s}”，只有已批准未支付的申请能列入代发清单。</source>
            <translation>理赔 {n} 当前为“{s}”，只有已批准未支付的申请能列入代发清单。</translation>
        </message>
        <message>
            <source>理赔 {n} 没有收款银行账号。</source>
            <translation>理赔 {n} 没有收款银行账号。</translation>
        </message>
        <message>
            <source>没有这笔理赔申请（{u}）。</source>
            <translation>没有这笔理赔申请（{u}）。</translation>
        </message>
        <message>
            <source>没有编号为 {n} 的理赔申请。</source>
            <translation>没有编号为 {n} 的理赔申请。</translation>
        </message>
        <message>
            <source>理赔 {n} 当前为“{s}”，不能{what}（只有“{w}”的申请可以）。</source>
            <translation>理赔 {n} 当前为“{s}”，不能{what}（只有“{w}”的申请可以）。</translation>
        </message>
        <message>
            <source>{what}必须写明原因。</source>
            <translation>{what}必须写明原因。</translation>
        </message>
        <message>
            <source>材料不全（待补件：{m}），补齐后才能提交审批。</source>
            <translation>材料不全（待补件：{m}），补齐后才能提交审批。</translation>
        </message>
        <message>
            <source>该申请不符合给付条件，请以“拒绝”结案并写明原因：{p}</source>
            <translation>该申请不符合给付条件，请以“拒绝”结案并写明原因：{p}</translation>
        </message>
        <message>
            <source>这些字段不能更正：{f}。</source>
            <translation>这些字段不能更正：{f}。</translation>
        </message>
        <message>
            <source>更正后的信息有 {n} 处需要修改。</source>
            <translation>更正后的信息有 {n} 处需要修改。</translation>
        </message>
        <message>
            <source>没有需要更正的内容。</source>
            <translation>没有需要更正的内容。</translation>
        </message>
        <message>
            <source>没有数据库</source>
            <translation>没有数据库</translation>
        </message>
        <message>
            <source>已从 {f} 恢复代办处 {c} 的数据。</source>
            <translation>已从 {f} 恢复代办处 {c} 的数据。</translation>
        </message>
        <message>
            <source>办理增值服务（合作机构、活动签到、会员核验）</source>
            <translation>办理增值服务（合作机构、活动签到、会员核验）</translation>
        </message>
        <message>
            <source>加密备份 {p} 已损坏或不完整，无法解密，已拒绝恢复。</source>
            <translation>加密备份 {p} 已损坏或不完整，无法解密，已拒绝恢复。</translation>
        </message>
        <message>
            <source>备份口令不能为空。</source>
            <translation>备份口令不能为空。</translation>
        </message>
        <message>
            <source>备份 {p} 已加密，请提供备份口令。</source>
            <translation>备份 {p} 已加密，请提供备份口令。</translation>
        </message>
        <message>
            <source>备份口令不正确，无法解密 {p}。请核对口令后重试。</source>
            <translation>备份口令不正确，无法解密 {p}。请核对口令后重试。</translation>
        </message>
        <message>
            <source>{what}：{p} 元 × {s} 份 = {a} 元</source>
            <translation>{what}：{p} 元 × {s} 份 = {a} 元</translation>
        </message>
        <message>
            <source>本保障期首次住院</source>
            <translation>本保障期首次住院</translation>
        </message>
        <message>
            <source>未填写</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>{where}缺少字段 {k}</source>
            <translation>{where}缺少字段 {k}</translation>
        </message>
        <message>
            <source>{where}的字段 {k} 应为不小于 {m} 的整数，现为 {v!r}</source>
            <translation>{where}的字段 {k} 应为不小于 {m} 的整数，现为 {v!r}</translation>
        </message>
        <message>
            <source>{where}的字段 {k} 应为 0 到 1 之间的小数字符串（如 "0.80"），现为 {v!r}</source>
            <translation>{where}的字段 {k} 应为 0 到 1 之间的小数字符串（如 "0.80"），现为 {v!r}</translation>
        </message>
        <message>
            <source>目录的第 {i} 个计划不是对象</source>
            <translation>目录的第 {i} 个计划不是对象</translation>
        </message>
        <message>
            <source>目录的第 {i} 个计划缺少字段 code（1–8 位字母数字）</source>
            <translation>目录的第 {i} 个计划缺少字段 code（1–8 位字母数字）</translation>
        </message>
        <message>
            <source>{where}的 min_age 大于 max_age</source>
            <translation>{where}的 min_age 大于 max_age</translation>
        </message>
        <message>
            <source>{where}的字段 kind 只能是 main 或 rider，现为 {v!r}</source>
            <translation>{where}的字段 kind 只能是 main 或 rider，现为 {v!r}</translation>
        </message>
        <message>
            <source>{where}的字段 gender 只能是 null、"M" 或 "F"，现为 {v!r}</source>
            <translation>{where}的字段 gender 只能是 null、"M" 或 "F"，现为 {v!r}</translation>
        </message>
        <message>
            <source>{where}的字段 benefit 应为带 type 的对象</source>
            <translation>{where}的字段 benefit 应为带 type 的对象</translation>
        </message>
        <message>
            <source>保障计划目录应为 JSON 对象</source>
            <translation>保障计划目录应为 JSON 对象</translation>
        </message>
        <message>
            <source>{where}的格式版本 {v!r} 不受支持（本程序支持 {f}），请升级程序</source>
            <translation>{where}的格式版本 {v!r} 不受支持（本程序支持 {f}），请升级程序</translation>
        </message>
        <message>
            <source>{where}中有重复的计划代码</source>
            <translation>{where}中有重复的计划代码</translation>
        </message>
        <message>
            <source>{where}的 valid_to 早于 valid_from</source>
            <translation>{where}的 valid_to 早于 valid_from</translation>
        </message>
        <message>
            <source>{where}的字段 {k} 应为 YYYY-MM-DD 日期，现为 {v!r}</source>
            <translation>{where}的字段 {k} 应为 YYYY-MM-DD 日期，现为 {v!r}</translation>
        </message>
        <message>
            <source>保障计划目录不是有效的 JSON（第 {line} 行）</source>
            <translation>保障计划目录不是有效的 JSON（第 {line} 行）</translation>
        </message>
        <message>
            <source>{where}是副险，字段 requires 须指明所依附的主险</source>
            <translation>{where}是副险，字段 requires 须指明所依附的主险</translation>
        </message>
        <message>
            <source>{where}的字段 requires 引用了不存在的主险 {c}</source>
            <translation>{where}的字段 requires 引用了不存在的主险 {c}</translation>
        </message>
        <message>
            <source>附上材料</source>
            <translation>附上材料</translation>
        </message>
        <message>
            <source>审批</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>拒绝</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>撤回</source>
            <translation>撤回</translation>
        </message>
        <message>
            <source>登记材料</source>
            <translation>登记材料</translation>
        </message>
        <message>
            <source>“{p}”只受理{a}申请。</source>
            <translation>“{p}”只受理{a}申请。</translation>
        </message>
        <message>
            <source>医院等级只能是 1、2 或 3 级。</source>
            <translation>医院等级只能是 1、2 或 3 级。</translation>
        </message>
        <message>
            <source>请选择疾病程度：重度或轻度。</source>
            <translation>请选择疾病程度：重度或轻度。</translation>
        </message>
        <message>
            <source>请填写诊断（疾病名称）。</source>
            <translation>请填写诊断（疾病名称）。</translation>
        </message>
        <message>
            <source>伤残等级应为 1 到 10 级。</source>
            <translation>伤残等级应为 1 到 10 级。</translation>
        </message>
        <message>
            <source>请填写住院天数，或入院和出院日期。</source>
            <translation>请填写住院天数，或入院和出院日期。</translation>
        </message>
        <message>
            <source>住院天数不能为负数。</source>
            <translation>住院天数不能为负数。</translation>
        </message>
        <message>
            <source>出院日期不能早于入院日期。</source>
            <translation>出院日期不能早于入院日期。</translation>
        </message>
        <message>
            <source>结算日期不能早于出院日期。</source>
            <translation>结算日期不能早于出院日期。</translation>
        </message>
        <message>
            <source>入院日期不能早于出险日期。</source>
            <translation>入院日期不能早于出险日期。</translation>
        </message>
        <message>
            <source>金额不能为负数。</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>请填写住院总费用。</source>
            <translation>请填写住院总费用。</translation>
        </message>
        <message>
            <source>请填写{label}。</source>
            <translation>请填写{label}。</translation>
        </message>
        <message>
            <source>{label} {d} 晚于今天。</source>
            <translation>{label} {d} 晚于今天。</translation>
        </message>
        <message>
            <source>医保已付、政策内自付和自费合计 {p} 分，超过总费用 {t} 分，请核对结算单。</source>
            <translation>医保已付、政策内自付和自费合计 {p} 分，超过总费用 {t} 分，请核对结算单。</translation>
        </message>
        <message>
            <source>互助金申请书</source>
            <translation>互助金申请书</translation>
        </message>
        <message>
            <source>身份证</source>
            <translation>身份证</translation>
        </message>
        <message>
            <source>银行卡</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>参保证明</source>
            <translation>参保证明</translation>
        </message>
        <message>
            <source>出院小结</source>
            <translation>出院小结</translation>
        </message>
        <message>
            <source>住院病案首页</source>
            <translation>住院病案首页</translation>
        </message>
        <message>
            <source>医疗费用结算单</source>
            <translation>医疗费用结算单</translation>
        </message>
        <message>
            <source>费用明细</source>
            <translation>费用明细</translation>
        </message>
        <message>
            <source>发票原件</source>
            <translation>发票原件</translation>
        </message>
        <message>
            <source>诊断证明</source>
            <translation>诊断证明</translation>
        </message>
        <message>
            <source>病理报告</source>
            <translation>病理报告</translation>
        </message>
        <message>
            <source>单位事故证明</source>
            <translation>单位事故证明</translation>
        </message>
        <message>
            <source>伤残鉴定</source>
            <translation>伤残鉴定</translation>
        </message>
        <message>
            <source>死亡证明</source>
            <translation>死亡证明</translation>
        </message>
        <message>
            <source>户籍注销</source>
            <translation>户籍注销</translation>
        </message>
        <message>
            <source>受益人证明</source>
            <translation>受益人证明</translation>
        </message>
        <message>
            <source>登记支付</source>
            <translation>登记支付</translation>
        </message>
        <message>
            <source>开始审核</source>
            <translation>开始审核</translation>
        </message>
        <message>
            <source>提交审批</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <source>更正</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>第 {row} 行：没有证件号码为 {n} 的会员，请先登记。</source>
            <translation>第 {row} 行：没有证件号码为 {n} 的会员，请先登记。</translation>
        </message>
        <message>
            <source>名单中有 {k} 人未登记为会员。</source>
            <translation>名单中有 {k} 人未登记为会员。</translation>
        </message>
        <message>
            <source>找不到同步包文件“{f}”。</source>
            <translation>找不到同步包文件“{f}”。</translation>
        </message>
        <message>
            <source>在用</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>找不到回执包文件“{f}”。</source>
            <translation>找不到回执包文件“{f}”。</translation>
        </message>
        <message>
            <source>数据库 {p} 已属于代办处 {c}（{n}），不能再次初始化。</source>
            <translation>数据库 {p} 已属于代办处 {c}（{n}），不能再次初始化。</translation>
        </message>
        <message>
            <source>该数据库由更新版本的软件创建（结构版本 {rev}），本程序无法打开。请安装最新版本的互助保障代办系统。</source>
            <translation>该数据库由更新版本的软件创建（结构版本 {rev}），本程序无法打开。请安装最新版本的互助保障代办系统。</translation>
        </message>
        <message>
            <source>数据库文件已损坏（{detail}）。请在“设置 → 备份与恢复”中从最近的备份恢复，或用命令 huzhu restore 备份文件 恢复；原文件不会被改动。</source>
            <translation>数据库文件已损坏（{detail}）。请在“设置 → 备份与恢复”中从最近的备份恢复，或用命令 huzhu restore 备份文件 恢复；原文件不会被改动。</translation>
        </message>
        <message>
            <source>数据库正忙（另一台电脑或窗口正在保存数据），本次未保存，请稍后重试。</source>
            <translation>数据库正忙（另一台电脑或窗口正在保存数据），本次未保存，请稍后重试。</translation>
        </message>
        <message>
            <source>数据库升级后外键检查未通过，已撤销本次升级。</source>
            <translation>数据库升级后外键检查未通过，已撤销本次升级。</translation>
        </message>
        <message>
            <source>快递员</source>
            <translation>快递员</translation>
        </message>
        <message>
            <source>家政服务员</source>
            <translation>家政服务员</translation>
        </message>
        <message>
            <source>保安员</source>
            <translation>保安员</translation>
        </message>
        <message>
            <source>护工护理员</source>
            <translation>护工护理员</translation>
        </message>
        <message>
            <source>网约车司机</source>
            <translation>网约车司机</translation>
        </message>
        <message>
            <source>商场信息员</source>
            <translation>商场信息员</translation>
        </message>
        <message>
            <source>没有编号为 {n} 的参保单。</source>
            <translation>没有编号为 {n} 的参保单。</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>工会</source>
            <translation>工会</translation>
        </message>
        <message>
            <source>个人</source>
            <translation>个人</translation>
        </message>
        <message>
            <source>赠送</source>
            <translation>赠送</translation>
        </message>
        <message>
            <source>缴费分摊“{i}”应写成 付款方=金额，付款方为 {n}。</source>
            <translation>缴费分摊“{i}”应写成 付款方=金额，付款方为 {n}。</translation>
        </message>
        <message>
            <source>缴费次日生效</source>
            <translation>缴费次日生效</translation>
        </message>
        <message>
            <source>次月1日生效</source>
            <translation>次月1日生效</translation>
        </message>
        <message>
            <source>固定批次日生效</source>
            <translation>固定批次日生效</translation>
        </message>
        <message>
            <source>以单位为参保对象</source>
            <translation>以单位为参保对象</translation>
        </message>
        <message>
            <source>主险参保率</source>
            <translation>主险参保率</translation>
        </message>
        <message>
            <source>女职工参保率</source>
            <translation>女职工参保率</translation>
        </message>
        <message>
            <source>主险带副险</source>
            <translation>主险带副险</translation>
        </message>
        <message>
            <source>同一单位份数一致</source>
            <translation>同一单位份数一致</translation>
        </message>
        <message>
            <source>年龄与性别</source>
            <translation>年龄与性别</translation>
        </message>
        <message>
            <source>不得重复参保</source>
            <translation>不得重复参保</translation>
        </message>
        <message>
            <source>生效日期</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>观察期</source>
            <translation>观察期</translation>
        </message>
        <message>
            <source>增员</source>
            <translation>增员</translation>
        </message>
        <message>
            <source>缴费分摊</source>
            <translation>缴费分摊</translation>
        </message>
        <message>
            <source>年龄均符合。</source>
            <translation>年龄均符合。</translation>
        </message>
        <message>
            <source>{m}；已由主管 {s} 审批例外，理由：{r}</source>
            <translation>{m}；已由主管 {s} 审批例外，理由：{r}</translation>
        </message>
        <message>
            <source>{names} 等 {n} 人</source>
            <translation>{names} 等 {n} 人</translation>
        </message>
        <message>
            <source>名单 {n} 人均为单位“{u}”的在职职工。</source>
            <translation>名单 {n} 人均为单位“{u}”的在职职工。</translation>
        </message>
        <message>
            <source>单位在职职工 {h} 人，本次参保 {e} 人（{pct}%），主险参保率须达到 {r}%，请补充 {n} 人或由主管审批</source>
            <translation>单位在职职工 {h} 人，本次参保 {e} 人（{pct}%），主险参保率须达到 {r}%，请补充 {n} 人或由主管审批</translation>
        </message>
        <message>
            <source>单位女职工 {w} 人，本次参保 {c} {e} 人（{pct}%），女职工参保率须达到 {r}%，请补充 {n} 人或由主管审批</source>
            <translation>单位女职工 {w} 人，本次参保 {c} {e} 人（{pct}%），女职工参保率须达到 {r}%，请补充 {n} 人或由主管审批</translation>
        </message>
        <message>
            <source>副险均随主险参保。</source>
            <translation>副险均随主险参保。</translation>
        </message>
        <message>
            <source>各计划份数一致且不超过上限。</source>
            <translation>各计划份数一致且不超过上限。</translation>
        </message>
        <message>
            <source>{a}{n}。</source>
            <translation>{a}{n}。</translation>
        </message>
        <message>
            <source>名单中无人重复参保。</source>
            <translation>名单中无人重复参保。</translation>
        </message>
        <message>
            <source>自 {d} 起生效（{l}）；{ends}。</source>
            <translation>自 {d} 起生效（{l}）；{ends}。</translation>
        </message>
        <message>
            <source>{p}。</source>
            <translation>{p}。</translation>
        </message>
        <message>
            <source>{c} {m}/{t} 个月</source>
            <translation>{c} {m}/{t} 个月</translation>
        </message>
        <message>
            <source>增员按剩余月数计收会费：{p}。</source>
            <translation>增员按剩余月数计收会费：{p}。</translation>
        </message>
        <message>
            <source>应缴会费 {d} 元，缴费分摊相符。</source>
            <translation>应缴会费 {d} 元，缴费分摊相符。</translation>
        </message>
        <message>
            <source>{m}；例外须由主管审批，{who} 无此权限。</source>
            <translation>{m}；例外须由主管审批，{who} 无此权限。</translation>
        </message>
        <message>
            <source>{p}（{x}）</source>
            <translation>{p}（{x}）</translation>
        </message>
        <message>
            <source>{a}、{b}</source>
            <translation>{a}、{b}</translation>
        </message>
        <message>
            <source>符合</source>
            <translation>符合</translation>
        </message>
        <message>
            <source>{a}，{b}</source>
            <translation>{a}，{b}</translation>
        </message>
        <message>
            <source>{a}；{b}</source>
            <translation>{a}；{b}</translation>
        </message>
        <message>
            <source>找不到所选单位，请重新选择参保单位。</source>
            <translation>找不到所选单位，请重新选择参保单位。</translation>
        </message>
        <message>
            <source>单位“{u}”已停用，不能参保；请先恢复该单位。</source>
            <translation>单位“{u}”已停用，不能参保；请先恢复该单位。</translation>
        </message>
        <message>
            <source>参保名单为空，请至少选择一名职工。</source>
            <translation>参保名单为空，请至少选择一名职工。</translation>
        </message>
        <message>
            <source>名单中有 {n} 人在会员库中找不到，请先登记会员</source>
            <translation>名单中有 {n} 人在会员库中找不到，请先登记会员</translation>
        </message>
        <message>
            <source>名单中有重复人员：{p}，请删去重复的行</source>
            <translation>名单中有重复人员：{p}，请删去重复的行</translation>
        </message>
        <message>
            <source>{p} 不属于单位“{u}”，请先办理调动或移出名单</source>
            <translation>{p} 不属于单位“{u}”，请先办理调动或移出名单</translation>
        </message>
        <message>
            <source>{p} 已离职，请移出名单</source>
            <translation>{p} 已离职，请移出名单</translation>
        </message>
        <message>
            <source>赠送项目免于参保率要求。</source>
            <translation>赠送项目免于参保率要求。</translation>
        </message>
        <message>
            <source>增员加入已生效的参保单，不另计参保率。</source>
            <translation>增员加入已生效的参保单，不另计参保率。</translation>
        </message>
        <message>
            <source>单位在职职工 {h} 人（不足 {s} 人须全员参保），本次参保 {e} 人，请补充 {n} 人或由主管审批</source>
            <translation>单位在职职工 {h} 人（不足 {s} 人须全员参保），本次参保 {e} 人，请补充 {n} 人或由主管审批</translation>
        </message>
        <message>
            <source>单位在职职工 {h} 人，本次参保 {e} 人（{pct}%），达到 {r}%。</source>
            <translation>单位在职职工 {h} 人，本次参保 {e} 人（{pct}%），达到 {r}%。</translation>
        </message>
        <message>
            <source>单位女职工 {w} 人，{c} 参保 {e} 人（{pct}%），达到 {r}%。</source>
            <translation>单位女职工 {w} 人，{c} 参保 {e} 人（{pct}%），达到 {r}%。</translation>
        </message>
        <message>
            <source>计划 {u} 不在目录 {v} 中；可选：{all}。</source>
            <translation>计划 {u} 不在目录 {v} 中；可选：{all}。</translation>
        </message>
        <message>
            <source>请至少选择一个保障计划。</source>
            <translation>请至少选择一个保障计划。</translation>
        </message>
        <message>
            <source>增员自 {d} 起生效，随原参保单期满。</source>
            <translation>增员自 {d} 起生效，随原参保单期满。</translation>
        </message>
        <message>
            <source>续保紧接上期，自 {d} 起生效。</source>
            <translation>续保紧接上期，自 {d} 起生效。</translation>
        </message>
        <message>
            <source>{c} 至 {e}</source>
            <translation>{c} 至 {e}</translation>
        </message>
        <message>
            <source>{c} 新参保 {n} 人观察期至 {d}，续保 {r} 人免观察期</source>
            <translation>{c} 新参保 {n} 人观察期至 {d}，续保 {r} 人免观察期</translation>
        </message>
        <message>
            <source>不适用（新参保单）。</source>
            <translation>不适用（新参保单）。</translation>
        </message>
        <message>
            <source>增员生效日 {d} 须在原参保单保障期 {a} 至 {b} 之内。</source>
            <translation>增员生效日 {d} 须在原参保单保障期 {a} 至 {b} 之内。</translation>
        </message>
        <message>
            <source>缴费分摊的各项金额不能为负数。</source>
            <translation>缴费分摊的各项金额不能为负数。</translation>
        </message>
        <message>
            <source>缴费分摊合计 {p} 元，应缴会费 {d} 元，相差 {x} 元；各项相加须等于应缴会费。</source>
            <translation>缴费分摊合计 {p} 元，应缴会费 {d} 元，相差 {x} 元；各项相加须等于应缴会费。</translation>
        </message>
        <message>
            <source>赠送项目的会费 {d} 元应全部由“赠送”承担，请调整缴费分摊。</source>
            <translation>赠送项目的会费 {d} 元应全部由“赠送”承担，请调整缴费分摊。</translation>
        </message>
        <message>
            <source>（未登录主管）</source>
            <translation>（未登录主管）</translation>
        </message>
        <message>
            <source>单位在职职工 {h} 人，全员参保。</source>
            <translation>单位在职职工 {h} 人，全员参保。</translation>
        </message>
        <message>
            <source>副险 {r} 须与主险 {m} 同时参保，单位不能单独参保副险；请加选 {m}。</source>
            <translation>副险 {r} 须与主险 {m} 同时参保，单位不能单独参保副险；请加选 {m}。</translation>
        </message>
        <message>
            <source>{p} 参保副险 {r} 却未参保主险，请为其同时参保主险。</source>
            <translation>{p} 参保副险 {r} 却未参保主险，请为其同时参保主险。</translation>
        </message>
        <message>
            <source>同一单位同一次参保，计划 {c} 的份数须一致，名单中出现了 {s} 份；请统一份数。</source>
            <translation>同一单位同一次参保，计划 {c} 的份数须一致，名单中出现了 {s} 份；请统一份数。</translation>
        </message>
        <message>
            <source>计划 {c} 每人可参保 1–{m} 份，本次填写 {s} 份，请调整。</source>
            <translation>计划 {c} 每人可参保 1–{m} 份，本次填写 {s} 份，请调整。</translation>
        </message>
        <message>
            <source>{p} 在生效日 {d} 不符合 {c} 的参保年龄 {lo}–{hi} 周岁，请移出名单</source>
            <translation>{p} 在生效日 {d} 不符合 {c} 的参保年龄 {lo}–{hi} 周岁，请移出名单</translation>
        </message>
        <message>
            <source>{p} 在 {s} 至 {e} 已参保 {c}（如 {n}），同一计划同一天只能参保一次，请移出名单或改在原保障期满后生效</source>
            <translation>{p} 在 {s} 至 {e} 已参保 {c}（如 {n}），同一计划同一天只能参保一次，请移出名单或改在原保障期满后生效</translation>
        </message>
        <message>
            <source>（未设置）</source>
            <translation>（未设置）</translation>
        </message>
        <message>
            <source>本处生效日规则为“{l}”，生效日应为 {f}，请调整生效日期。</source>
            <translation>本处生效日规则为“{l}”，生效日应为 {f}，请调整生效日期。</translation>
        </message>
        <message>
            <source>本处生效日规则为“{l}”，缴费日 {p} 的参保最早于 {d} 生效，请调整生效日期。</source>
            <translation>本处生效日规则为“{l}”，缴费日 {p} 的参保最早于 {d} 生效，请调整生效日期。</translation>
        </message>
        <message>
            <source>{c} 无观察期</source>
            <translation>{c} 无观察期</translation>
        </message>
        <message>
            <source>名单中没有{s}职工，不能参保 {c}</source>
            <translation>名单中没有{s}职工，不能参保 {c}</translation>
        </message>
        <message>
            <source>{c} 仅限{s}职工，名单中 {n} 人参保此项</source>
            <translation>{c} 仅限{s}职工，名单中 {n} 人参保此项</translation>
        </message>
        <message>
            <source>本处生效日规则为“{l}”，生效日须为某月1日，请调整生效日期。</source>
            <translation>本处生效日规则为“{l}”，生效日须为某月1日，请调整生效日期。</translation>
        </message>
        <message>
            <source>本次未选主险，不计参保率。</source>
            <translation>本次未选主险，不计参保率。</translation>
        </message>
        <message>
            <source>本次未选女职工计划。</source>
            <translation>本次未选女职工计划。</translation>
        </message>
        <message>
            <source>{a}周岁</source>
            <translation>{a}周岁</translation>
        </message>
        <message>
            <source>参保未通过规则检查：{n} 项不符合，未保存任何数据。</source>
            <translation>参保未通过规则检查：{n} 项不符合，未保存任何数据。</translation>
        </message>
        <message>
            <source>参保单 {n} 已撤销，不能增员。</source>
            <translation>参保单 {n} 已撤销，不能增员。</translation>
        </message>
        <message>
            <source>撤销参保须填写理由。</source>
            <translation>撤销参保须填写理由。</translation>
        </message>
        <message>
            <source>参保单 {n} 已撤销过。</source>
            <translation>参保单 {n} 已撤销过。</translation>
        </message>
        <message>
            <source>参保单 {n} 已于 {d} 生效，生效后不能退保，也不退还会费。</source>
            <translation>参保单 {n} 已于 {d} 生效，生效后不能退保，也不退还会费。</translation>
        </message>
        <message>
            <source>健康讲座</source>
            <translation>健康讲座</translation>
        </message>
        <message>
            <source>义诊</source>
            <translation>义诊</translation>
        </message>
        <message>
            <source>体检</source>
            <translation>体检</translation>
        </message>
        <message>
            <source>志愿者培训</source>
            <translation>志愿者培训</translation>
        </message>
        <message>
            <source>活动类型应为 lecture（健康讲座）、clinic（义诊）、checkup（体检）或 training（志愿者培训）。</source>
            <translation>活动类型应为 lecture（健康讲座）、clinic（义诊）、checkup（体检）或 training（志愿者培训）。</translation>
        </message>
        <message>
            <source>请填写活动名称和地点。</source>
            <translation>请填写活动名称和地点。</translation>
        </message>
        <message>
            <source>活动名额至少为 1 人。</source>
            <translation>活动名额至少为 1 人。</translation>
        </message>
        <message>
            <source>没有编号为 {n} 的活动。</source>
            <translation>没有编号为 {n} 的活动。</translation>
        </message>
        <message>
            <source>请扫描会员凭证二维码或输入证件号码。</source>
            <translation>请扫描会员凭证二维码或输入证件号码。</translation>
        </message>
        <message>
            <source>请扫描会员参保凭证二维码，或输入证件号码。</source>
            <translation>请扫描会员参保凭证二维码，或输入证件号码。</translation>
        </message>
        <message>
            <source>医院</source>
            <translation>医院</translation>
        </message>
        <message>
            <source>新密码至少 {n} 个字符，可用字母、数字和符号。</source>
            <translation>新密码至少 {n} 个字符，可用字母、数字和符号。</translation>
        </message>
        <message>
            <source>用户名或密码不正确，或账户因连续输错密码已被锁定（连续输错 {n} 次锁定 {m} 分钟）。请核对后再试，或请管理员解锁。</source>
            <translation>用户名或密码不正确，或账户因连续输错密码已被锁定（连续输错 {n} 次锁定 {m} 分钟）。请核对后再试，或请管理员解锁。</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>原密码不正确，密码没有修改。</source>
            <translation>原密码不正确，密码没有修改。</translation>
        </message>
        <message>
            <source>新密码不能与原密码相同。</source>
            <translation>新密码不能与原密码相同。</translation>
        </message>
        <message>
            <source>{u} 是最后一位在用的管理员，不能停用；请先新增或启用另一位管理员。</source>
            <translation>{u} 是最后一位在用的管理员，不能停用；请先新增或启用另一位管理员。</translation>
        </message>
        <message>
            <source>操作员 {u} 已停用，不能登录；请管理员启用。</source>
            <translation>操作员 {u} 已停用，不能登录；请管理员启用。</translation>
        </message>
        <message>
            <source>备份 {p} 不是本代办处的备份，或写出后被改动过（校验码不符），已拒绝恢复。</source>
            <translation>备份 {p} 不是本代办处的备份，或写出后被改动过（校验码不符），已拒绝恢复。</translation>
        </message>
        <message>
            <source>备份 {p} 的数据库结构与本程序建立的不同（{what}“{name}”{how}），可能被植入了触发器或视图，已拒绝恢复。</source>
            <translation>备份 {p} 的数据库结构与本程序建立的不同（{what}“{name}”{how}），可能被植入了触发器或视图，已拒绝恢复。</translation>
        </message>
        <message>
            <source>备份 {p} 的审计日志哈希链断裂（{d}）：记录被改动过，已拒绝恢复。</source>
            <translation>备份 {p} 的审计日志哈希链断裂（{d}）：记录被改动过，已拒绝恢复。</translation>
        </message>
        <message>
            <source>备份 {p} 没有本代办处的校验封印（可能被改动，或来自其他代办处），已拒绝恢复。</source>
            <translation>备份 {p} 没有本代办处的校验封印（可能被改动，或来自其他代办处），已拒绝恢复。</translation>
        </message>
        <message>
            <source>多出</source>
            <translation>多出</translation>
        </message>
        <message>
            <source>缺少或被改动</source>
            <translation>缺少或被改动</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>重复申请：与理赔 {n}（{s}，{d}）重复（{w}）。同一次住院、同一诊断或同一发票只能申请一次；如确需受理，请由主管写明原因后受理。</source>
            <translation>重复申请：与理赔 {n}（{s}，{d}）重复（{w}）。同一次住院、同一诊断或同一发票只能申请一次；如确需受理，请由主管写明原因后受理。</translation>
        </message>
        <message>
            <source>出险 {d}</source>
            <translation>出险 {d}</translation>
        </message>
        <message>
            <source>住院日期重叠</source>
            <translation>住院日期重叠</translation>
        </message>
        <message>
            <source>同一诊断已申请过</source>
            <translation>同一诊断已申请过</translation>
        </message>
        <message>
            <source>同一事故已申请过</source>
            <translation>同一事故已申请过</translation>
        </message>
        <message>
            <source>同一发票号码</source>
            <translation>同一发票号码</translation>
        </message>
        <message>
            <source>{n}（{s}，{d}；{w}）</source>
            <translation>{n}（{s}，{d}；{w}）</translation>
        </message>
        <message>
            <source>住院 {a} 至 {d}</source>
            <translation>住院 {a} 至 {d}</translation>
        </message>
        <message>
            <source>确诊 {d}</source>
            <translation>确诊 {d}</translation>
        </message>
        <message>
            <source>只有主管可以写明原因受理重复申请；{u} 不能受理，请交主管办理。</source>
            <translation>只有主管可以写明原因受理重复申请；{u} 不能受理，请交主管办理。</translation>
        </message>
        <message>
            <source>申请人姓名</source>
            <translation>申请人姓名</translation>
        </message>
        <message>
            <source>医院等级</source>
            <translation>医院等级</translation>
        </message>
        <message>
            <source>发票号码</source>
            <translation>发票号码</translation>
        </message>
        <message>
            <source>入院日期</source>
            <translation>入院日期</translation>
        </message>
        <message>
            <source>出院日期</source>
            <translation>出院日期</translation>
        </message>
        <message>
            <source>结算日期</source>
            <translation>结算日期</translation>
        </message>
        <message>
            <source>总费用（元）</source>
            <translation>总费用（元）</translation>
        </message>
        <message>
            <source>基本医保已付（元）</source>
            <translation>基本医保已付（元）</translation>
        </message>
        <message>
            <source>政策内个人自付（元）</source>
            <translation>政策内个人自付（元）</translation>
        </message>
        <message>
            <source>自费（元）</source>
            <translation>自费（元）</translation>
        </message>
        <message>
            <source>诊断</source>
            <translation>诊断</translation>
        </message>
        <message>
            <source>疾病程度</source>
            <translation>疾病程度</translation>
        </message>
        <message>
            <source>确诊日期</source>
            <translation>确诊日期</translation>
        </message>
        <message>
            <source>出险日期</source>
            <translation>出险日期</translation>
        </message>
        <message>
            <source>伤残等级</source>
            <translation>伤残等级</translation>
        </message>
        <message>
            <source>住院天数</source>
            <translation>住院天数</translation>
        </message>
        <message>
            <source>一级</source>
            <translation>一级</translation>
        </message>
        <message>
            <source>二级</source>
            <translation>二级</translation>
        </message>
        <message>
            <source>三级</source>
            <translation>三级</translation>
        </message>
        <message>
            <source>{label}“{t}”应为：{a}。</source>
            <translation>{label}“{t}”应为：{a}。</translation>
        </message>
        <message>
            <source>{label}“{t}”应为 {a} 到 {b} 之间的日期 YYYY-MM-DD，如 2026-03-01。</source>
            <translation>{label}“{t}”应为 {a} 到 {b} 之间的日期 YYYY-MM-DD，如 2026-03-01。</translation>
        </message>
        <message>
            <source>{label}“{t}”应为 {lo} 到 {hi} 的整数。</source>
            <translation>{label}“{t}”应为 {lo} 到 {hi} 的整数。</translation>
        </message>
        <message>
            <source>受理</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>批准</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>支付</source>
            <translation>支付</translation>
        </message>
        <message>
            <source>补交材料</source>
            <translation>补交材料</translation>
        </message>
        <message>
            <source>上传扫描件</source>
            <translation>上传扫描件</translation>
        </message>
        <message>
            <source>市级裁定</source>
            <translation>市级裁定</translation>
        </message>
        <message>
            <source>支付日期 {d} 晚于今天 {t}：只能登记已经支付的款项。</source>
            <translation>支付日期 {d} 晚于今天 {t}：只能登记已经支付的款项。</translation>
        </message>
        <message>
            <source>支付日期 {d} 早于受理日 {r}，请核对。</source>
            <translation>支付日期 {d} 早于受理日 {r}，请核对。</translation>
        </message>
        <message>
            <source>会员没有银行账户：请在“会员”页编辑该会员填写开户行和账号，或在支付时填写开户银行和账号。</source>
            <translation>会员没有银行账户：请在“会员”页编辑该会员填写开户行和账号，或在支付时填写开户银行和账号。</translation>
        </message>
        <message>
            <source>数据文件夹 {folder} 中没有代办处数据库（{db}）。请检查 --data 或 HUZHU_DATA 是否写错；新建代办处请运行 huzhu init（--office 代办处文件，或 --demo 演示数据）。</source>
            <translation>数据文件夹 {folder} 中没有代办处数据库（{db}）。请检查 --data 或 HUZHU_DATA 是否写错；新建代办处请运行 huzhu init（--office 代办处文件，或 --demo 演示数据）。</translation>
        </message>
        <message>
            <source>{o} 应为 {lo} 到 {hi} 之间的整数，而不是“{t}”。</source>
            <translation>{o} 应为 {lo} 到 {hi} 之间的整数，而不是“{t}”。</translation>
        </message>
        <message>
            <source>{o} 应为 {a} 到 {b} 之间的日期（YYYY-MM-DD），而不是“{t}”。</source>
            <translation>{o} 应为 {a} 到 {b} 之间的日期（YYYY-MM-DD），而不是“{t}”。</translation>
        </message>
        <message>
            <source>第 {row} 行：证件号码 {n} 尚未登记为会员，请先在“会员”页登记后再增员。</source>
            <translation>第 {row} 行：证件号码 {n} 尚未登记为会员，请先在“会员”页登记后再增员。</translation>
        </message>
        <message>
            <source>增员名单中有 {k} 行不能办理。</source>
            <translation>增员名单中有 {k} 行不能办理。</translation>
        </message>
        <message>
            <source>增员名单是空的：请至少填写一人的证件号码。</source>
            <translation>增员名单是空的：请至少填写一人的证件号码。</translation>
        </message>
        <message>
            <source>第 {row} 行：证件号码 {n} 的会员不属于本单位，请先办理调动。</source>
            <translation>第 {row} 行：证件号码 {n} 的会员不属于本单位，请先办理调动。</translation>
        </message>
        <message>
            <source>参保单 {n} 已撤销，不能减员。</source>
            <translation>参保单 {n} 已撤销，不能减员。</translation>
        </message>
        <message>
            <source>请选择要减员的人员。</source>
            <translation>请选择要减员的人员。</translation>
        </message>
        <message>
            <source>{names} 在参保单 {n} 中没有有效的保障，无法减员。</source>
            <translation>{names} 在参保单 {n} 中没有有效的保障，无法减员。</translation>
        </message>
        <message>
            <source>减员须填写原因（如离职、调出、死亡）。</source>
            <translation>减员须填写原因（如离职、调出、死亡）。</translation>
        </message>
        <message>
            <source>减员日期 {d} 晚于今天（{t}），请填写实际离开的日期。</source>
            <translation>减员日期 {d} 晚于今天（{t}），请填写实际离开的日期。</translation>
        </message>
        <message>
            <source>收款方式“{m}”不认识，请选用：{c}。</source>
            <translation>收款方式“{m}”不认识，请选用：{c}。</translation>
        </message>
        <message>
            <source>凭证号/转账流水号最长 {n} 个字符，请核对。</source>
            <translation>凭证号/转账流水号最长 {n} 个字符，请核对。</translation>
        </message>
        <message>
            <source>缴费日期 {d} 晚于今天（{t}）：只能登记已经收到的款项，请填写实际到账日期（今天或更早）。</source>
            <translation>缴费日期 {d} 晚于今天（{t}）：只能登记已经收到的款项，请填写实际到账日期（今天或更早）。</translation>
        </message>
        <message>
            <source>参保单 {n} 已撤销，不能续保。</source>
            <translation>参保单 {n} 已撤销，不能续保。</translation>
        </message>
        <message>
            <source>参保单 {n} 已续保，续保单为 {m}。</source>
            <translation>参保单 {n} 已续保，续保单为 {m}。</translation>
        </message>
        <message>
            <source>例外理由</source>
            <translation>例外理由</translation>
        </message>
        <message>
            <source>撤销理由</source>
            <translation>撤销理由</translation>
        </message>
        <message>
            <source>活动名称</source>
            <translation>活动名称</translation>
        </message>
        <message>
            <source>活动地点</source>
            <translation>活动地点</translation>
        </message>
        <message>
            <source>药店</source>
            <translation>药店</translation>
        </message>
        <message>
            <source>诊所</source>
            <translation>诊所</translation>
        </message>
        <message>
            <source>{what}的有效期起始日不能晚于截止日。</source>
            <translation>{what}的有效期起始日不能晚于截止日。</translation>
        </message>
        <message>
            <source>合作机构名称</source>
            <translation>合作机构名称</translation>
        </message>
        <message>
            <source>请填写合作机构名称。</source>
            <translation>请填写合作机构名称。</translation>
        </message>
        <message>
            <source>机构类型应为 hospital（医院）、pharmacy（药店）或 clinic（诊所）。</source>
            <translation>机构类型应为 hospital（医院）、pharmacy（药店）或 clinic（诊所）。</translation>
        </message>
        <message>
            <source>请至少填写一项给会员的优惠或服务。</source>
            <translation>请至少填写一项给会员的优惠或服务。</translation>
        </message>
        <message>
            <source>合作机构“{n}”已登记。</source>
            <translation>合作机构“{n}”已登记。</translation>
        </message>
        <message>
            <source>优惠或服务</source>
            <translation>优惠或服务</translation>
        </message>
        <message>
            <source>请填写优惠或服务内容。</source>
            <translation>请填写优惠或服务内容。</translation>
        </message>
        <message>
            <source>没有名为“{n}”的合作机构。</source>
            <translation>没有名为“{n}”的合作机构。</translation>
        </message>
        <message>
            <source>理赔 {c} 不在待省办事处审批的队列中。</source>
            <translation>理赔 {c} 不在待省办事处审批的队列中。</translation>
        </message>
        <message>
            <source>理赔 {c} 的审批结果已随回执包发回代办处，不能再改。</source>
            <translation>理赔 {c} 的审批结果已随回执包发回代办处，不能再改。</translation>
        </message>
        <message>
            <source>拒绝时请填写理由（--reason）。</source>
            <translation>拒绝时请填写理由（--reason）。</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>审批员</source>
            <translation>审批员</translation>
        </message>
        <message>
            <source>只有省办事处审批员或管理员可以审批大额理赔。</source>
            <translation>只有省办事处审批员或管理员可以审批大额理赔。</translation>
        </message>
        <message>
            <source>审批员只能审批理赔；此操作须由省办事处操作员或管理员办理。</source>
            <translation>审批员只能审批理赔；此操作须由省办事处操作员或管理员办理。</translation>
        </message>
        <message>
            <source>只有省办事处管理员可以添加操作员。</source>
            <translation>只有省办事处管理员可以添加操作员。</translation>
        </message>
        <message>
            <source>省办事处数据库结构版本 {v} 高于本程序支持的 {s}，请升级软件。</source>
            <translation>省办事处数据库结构版本 {v} 高于本程序支持的 {s}，请升级软件。</translation>
        </message>
        <message>
            <source>省办事处数据库尚未初始化：请先运行 huzhu hub init。</source>
            <translation>省办事处数据库尚未初始化：请先运行 huzhu hub init。</translation>
        </message>
        <message>
            <source>省办事处数据库结构版本 {v} 低于本程序的 {s}：请先运行 huzhu hub init 升级。</source>
            <translation>省办事处数据库结构版本 {v} 低于本程序的 {s}：请先运行 huzhu hub init 升级。</translation>
        </message>
        <message>
            <source>请填写代办处名称。</source>
            <translation>请填写代办处名称。</translation>
        </message>
        <message>
            <source>代办处 {c} 已经登记过，不能重复登记。</source>
            <translation>代办处 {c} 已经登记过，不能重复登记。</translation>
        </message>
        <message>
            <source>目录 {v} 中没有主险：副险须依附主险。</source>
            <translation>目录 {v} 中没有主险：副险须依附主险。</translation>
        </message>
        <message>
            <source>只有省办事处管理员可以让代办处重新同步。</source>
            <translation>只有省办事处管理员可以让代办处重新同步。</translation>
        </message>
        <message>
            <source>代办处 {c} 未在省办事处登记。</source>
            <translation>代办处 {c} 未在省办事处登记。</translation>
        </message>
        <message>
            <source>目录 {v} 的有效期 {f} 至 {t} 与已发布的目录 {o}（{of} 至 {ot}）重叠；请调整有效期。</source>
            <translation>目录 {v} 的有效期 {f} 至 {t} 与已发布的目录 {o}（{of} 至 {ot}）重叠；请调整有效期。</translation>
        </message>
        <message>
            <source>目录版本 {v} 已发布且内容不同；新目录须使用新的版本号。</source>
            <translation>目录版本 {v} 已发布且内容不同；新目录须使用新的版本号。</translation>
        </message>
        <message>
            <source>省办事处数据库地址应以 postgresql:// 开头，现为“{u}”。</source>
            <translation>省办事处数据库地址应以 postgresql:// 开头，现为“{u}”。</translation>
        </message>
        <message>
            <source>无法启动内置 PostgreSQL（{f}）：{e}</source>
            <translation>无法启动内置 PostgreSQL（{f}）：{e}</translation>
        </message>
        <message>
            <source>代办处 {c} 尚未登记。</source>
            <translation>代办处 {c} 尚未登记。</translation>
        </message>
        <message>
            <source>请至少给出一项指标。</source>
            <translation>请至少给出一项指标。</translation>
        </message>
        <message>
            <source>身份证号码“{n}”中的出生日期 {d} 不合理，请核对。</source>
            <translation>身份证号码“{n}”中的出生日期 {d} 不合理，请核对。</translation>
        </message>
        <message>
            <source>身份证号码“{n}”校验位错误（最后一位应为 {c}），请核对是否抄错。</source>
            <translation>身份证号码“{n}”校验位错误（最后一位应为 {c}），请核对是否抄错。</translation>
        </message>
        <message>
            <source>统一社会信用代码“{c}”应为18位数字或大写字母（不含 I、O、Z、S、V），请核对。</source>
            <translation>统一社会信用代码“{c}”应为18位数字或大写字母（不含 I、O、Z、S、V），请核对。</translation>
        </message>
        <message>
            <source>统一社会信用代码“{c}”校验位错误（最后一位应为 {e}），请核对。</source>
            <translation>统一社会信用代码“{c}”校验位错误（最后一位应为 {e}），请核对。</translation>
        </message>
        <message>
            <source>身份证号码“{n}”应为18位（最后一位可为X）或15位旧号码，请核对。</source>
            <translation>身份证号码“{n}”应为18位（最后一位可为X）或15位旧号码，请核对。</translation>
        </message>
        <message>
            <source>身份证号码“{n}”中的出生日期 {d} 不存在，请核对。</source>
            <translation>身份证号码“{n}”中的出生日期 {d} 不存在，请核对。</translation>
        </message>
        <message>
            <source>数据库文件损坏</source>
            <translation>数据库文件损坏</translation>
        </message>
        <message>
            <source>关联记录缺失</source>
            <translation>关联记录缺失</translation>
        </message>
        <message>
            <source>审计日志哈希链断裂</source>
            <translation>审计日志哈希链断裂</translation>
        </message>
        <message>
            <source>缴费与应缴会费不符</source>
            <translation>缴费与应缴会费不符</translation>
        </message>
        <message>
            <source>已撤销参保单仍有有效保障</source>
            <translation>已撤销参保单仍有有效保障</translation>
        </message>
        <message>
            <source>保障不属于任何参保单</source>
            <translation>保障不属于任何参保单</translation>
        </message>
        <message>
            <source>保障会费合计与参保单不符</source>
            <translation>保障会费合计与参保单不符</translation>
        </message>
        <message>
            <source>变更日志指向未知的表</source>
            <translation>变更日志指向未知的表</translation>
        </message>
        <message>
            <source>变更日志指向不存在的记录</source>
            <translation>变更日志指向不存在的记录</translation>
        </message>
        <message>
            <source>记录未写入变更日志（不会同步到省办）</source>
            <translation>记录未写入变更日志（不会同步到省办）</translation>
        </message>
        <message>
            <source>花名册导入不完整</source>
            <translation>花名册导入不完整</translation>
        </message>
        <message>
            <source>编号不连续或重复</source>
            <translation>编号不连续或重复</translation>
        </message>
        <message>
            <source>{r}</source>
            <translation>{r}</translation>
        </message>
        <message>
            <source>参保单 {n} 的缴费/退费合计与应缴不符</source>
            <translation>参保单 {n} 的缴费/退费合计与应缴不符</translation>
        </message>
        <message>
            <source>批量登记的会员与导入参保的人数不符：{w}</source>
            <translation>批量登记的会员与导入参保的人数不符：{w}</translation>
        </message>
        <message>
            <source>{w}</source>
            <translation>{w}</translation>
        </message>
        <message>
            <source>SQLite 检查未通过：{d}</source>
            <translation>SQLite 检查未通过：{d}</translation>
        </message>
        <message>
            <source>{n} 条记录指向不存在的记录（表：{t}）</source>
            <translation>{n} 条记录指向不存在的记录（表：{t}）</translation>
        </message>
        <message>
            <source>参保单 {n}</source>
            <translation>参保单 {n}</translation>
        </message>
        <message>
            <source>{n} 条保障记录</source>
            <translation>{n} 条保障记录</translation>
        </message>
        <message>
            <source>{e}</source>
            <translation>{e}</translation>
        </message>
        <message>
            <source>{e} 表 {n} 条，例如 {k}</source>
            <translation>{e} 表 {n} 条，例如 {k}</translation>
        </message>
        <message>
            <source>{e} 表 {n} 条</source>
            <translation>{e} 表 {n} 条</translation>
        </message>
        <message>
            <source>读取失败：{d}</source>
            <translation>读取失败：{d}</translation>
        </message>
        <message>
            <source>离职原因</source>
            <translation>离职原因</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>{n}“{t}”不能为负数。</source>
            <translation>{n}“{t}”不能为负数。</translation>
        </message>
        <message>
            <source>{n}“{t}”应为不小于 0、最多两位小数的元数，如 1234.50（0 到 1 亿元）。</source>
            <translation>{n}“{t}”应为不小于 0、最多两位小数的元数，如 1234.50（0 到 1 亿元）。</translation>
        </message>
        <message>
            <source>{n}“{t}”超过 1 亿元，请核对（0 到 1 亿元）。</source>
            <translation>{n}“{t}”超过 1 亿元，请核对（0 到 1 亿元）。</translation>
        </message>
        <message>
            <source>{o} 应是一个文件名，而不是文件夹“{p}”。</source>
            <translation>{o} 应是一个文件名，而不是文件夹“{p}”。</translation>
        </message>
        <message>
            <source>{o} 所在的文件夹“{d}”不存在：请先建好文件夹，或换一个位置。</source>
            <translation>{o} 所在的文件夹“{d}”不存在：请先建好文件夹，或换一个位置。</translation>
        </message>
        <message>
            <source>{o} 指定的“{p}”不是普通文件（是设备、文件夹或链接），不会覆盖它：请换一个文件名。</source>
            <translation>{o} 指定的“{p}”不是普通文件（是设备、文件夹或链接），不会覆盖它：请换一个文件名。</translation>
        </message>
        <message>
            <source>没有权限写入 {o} 所在的文件夹“{d}”。</source>
            <translation>没有权限写入 {o} 所在的文件夹“{d}”。</translation>
        </message>
        <message>
            <source>{o} 指定的“{p}”无法使用（{e}）。</source>
            <translation>{o} 指定的“{p}”无法使用（{e}）。</translation>
        </message>
        <message>
            <source>文泉驿微米黑（随程序附带）</source>
            <translation>文泉驿微米黑（随程序附带）</translation>
        </message>
        <message>
            <source>宋体（本机已安装的 simsun.ttc）</source>
            <translation>宋体（本机已安装的 simsun.ttc）</translation>
        </message>
        <message>
            <source>黑体（本机已安装的 simhei.ttf）</source>
            <translation>黑体（本机已安装的 simhei.ttf）</translation>
        </message>
        <message>
            <source>程序目录中缺少随附的中文字体 {name}（应在 {own}），无法打印。请重新安装本程序；或在“设置”中改用 Windows 自带的宋体（simsun.ttc）或黑体（simhei.ttf）。从源码运行时请取回完整的 resources/fonts（Debian/Ubuntu 上该字体来自 apt-get install fonts-wqy-microhei）。</source>
            <translation>程序目录中缺少随附的中文字体 {name}（应在 {own}），无法打印。请重新安装本程序；或在“设置”中改用 Windows 自带的宋体（simsun.ttc）或黑体（simhei.ttf）。从源码运行时请取回完整的 resources/fonts（Debian/Ubuntu 上该字体来自 apt-get install fonts-wqy-microhei）。</translation>
        </message>
        <message>
            <source>“设置”中选用的打印字体 {label} 在本机找不到（已查找 {dirs}），无法打印。请安装该字体，或在“设置”中改回随程序附带的字体。</source>
            <translation>“设置”中选用的打印字体 {label} 在本机找不到（已查找 {dirs}），无法打印。请安装该字体，或在“设置”中改回随程序附带的字体。</translation>
        </message>
        <message>
            <source>字体文件 {path} 无法使用（{err}）；请重新安装本程序，或换用宋体、黑体。</source>
            <translation>字体文件 {path} 无法使用（{err}）；请重新安装本程序，或换用宋体、黑体。</translation>
        </message>
        <message>
            <source>“{f}”应为 0 到 {hi} 之间的整数，而不是“{t}”。</source>
            <translation>“{f}”应为 0 到 {hi} 之间的整数，而不是“{t}”。</translation>
        </message>
        <message>
            <source>“{f}”应为 0 到 100 之间的数字，如 60.5，而不是“{t}”。</source>
            <translation>“{f}”应为 0 到 100 之间的数字，如 60.5，而不是“{t}”。</translation>
        </message>
        <message>
            <source>请检查过长的单元格（可能粘贴了整段文字）后再导入。</source>
            <translation>请检查过长的单元格（可能粘贴了整段文字）后再导入。</translation>
        </message>
        <message>
            <source>可能在很远的行列有多余内容，或文件已损坏：请把名单复制到新的工作簿再导入。</source>
            <translation>可能在很远的行列有多余内容，或文件已损坏：请把名单复制到新的工作簿再导入。</translation>
        </message>
        <message>
            <source>“{f}”的{what}达到 {n}，超过花名册上限 {limit}。{hint}</source>
            <translation>“{f}”的{what}达到 {n}，超过花名册上限 {limit}。{hint}</translation>
        </message>
        <message>
            <source>行数</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>有内容的列数</source>
            <translation>有内容的列数</translation>
        </message>
        <message>
            <source>单元格字数</source>
            <translation>单元格字数</translation>
        </message>
        <message>
            <source>表格范围（行数×列数）</source>
            <translation>表格范围（行数×列数）</translation>
        </message>
        <message>
            <source>解压后的大小（字节）</source>
            <translation>解压后的大小（字节）</translation>
        </message>
        <message>
            <source> 等 {n} </source>
            <translation> 等 {n} </translation>
        </message>
        <message>
            <source>第 {rows}{more}行在文件中被隐藏，未导入：如需导入，请在 Excel 中取消隐藏后重新导入。</source>
            <translation>第 {rows}{more}行在文件中被隐藏，未导入：如需导入，请在 Excel 中取消隐藏后重新导入。</translation>
        </message>
        <message>
            <source>花名册“{f}”有 {n} 行人员，多于单位“{u}”登记的职工人数 {h}：请核对名单，或先在单位资料中更正职工人数后再导入。</source>
            <translation>花名册“{f}”有 {n} 行人员，多于单位“{u}”登记的职工人数 {h}：请核对名单，或先在单位资料中更正职工人数后再导入。</translation>
        </message>
        <message>
            <source>“{f}”的可见工作表中没有找到表头（“姓名”和“身份证号码”两列）；隐藏的工作表“{s}”不会被读取：如名单在隐藏表中，请在 Excel 中取消隐藏并删去其他表后再导入。</source>
            <translation>“{f}”的可见工作表中没有找到表头（“姓名”和“身份证号码”两列）；隐藏的工作表“{s}”不会被读取：如名单在隐藏表中，请在 Excel 中取消隐藏并删去其他表后再导入。</translation>
        </message>
        <message>
            <source>无法识别“{f}”的文字编码（不是 UTF-8、GB18030/GBK 或 UTF-16 文本，或含有二进制内容）：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入。</source>
            <translation>无法识别“{f}”的文字编码（不是 UTF-8、GB18030/GBK 或 UTF-16 文本，或含有二进制内容）：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入。</translation>
        </message>
        <message>
            <source>含有看不见的控制字符</source>
            <translation>含有看不见的控制字符</translation>
        </message>
        <message>
            <source>收款收据联次</source>
            <translation>收款收据联次</translation>
        </message>
        <message>
            <source>参保凭证签字栏</source>
            <translation>参保凭证签字栏</translation>
        </message>
        <message>
            <source>空闲锁定（分钟）</source>
            <translation>空闲锁定（分钟）</translation>
        </message>
        <message>
            <source>一张 A4 纸上下三联</source>
            <translation>一张 A4 纸上下三联</translation>
        </message>
        <message>
            <source>三联分三页打印</source>
            <translation>三联分三页打印</translation>
        </message>
        <message>
            <source>会员凭证印会员签字栏，单位凭证印单位签章栏</source>
            <translation>会员凭证印会员签字栏，单位凭证印单位签章栏</translation>
        </message>
        <message>
            <source>仅会员凭证印会员签字栏</source>
            <translation>仅会员凭证印会员签字栏</translation>
        </message>
        <message>
            <source>仅单位凭证印单位签章栏</source>
            <translation>仅单位凭证印单位签章栏</translation>
        </message>
        <message>
            <source>不印签字栏</source>
            <translation>不印签字栏</translation>
        </message>
        <message>
            <source>“{label}”只能是：{v}。</source>
            <translation>“{label}”只能是：{v}。</translation>
        </message>
        <message>
            <source>“{label}”应为 {a} 到 {b} 之间的整数。</source>
            <translation>“{label}”应为 {a} 到 {b} 之间的整数。</translation>
        </message>
        <message>
            <source>代办处签名密钥不是 Ed25519 密钥。</source>
            <translation>代办处签名密钥不是 Ed25519 密钥。</translation>
        </message>
        <message>
            <source>代办处 {c} 还没有签名密钥，不能打印带二维码的凭证。请用省办事处签发的代办处文件（.hzo）初始化：huzhu init --office 文件。</source>
            <translation>代办处 {c} 还没有签名密钥，不能打印带二维码的凭证。请用省办事处签发的代办处文件（.hzo）初始化：huzhu init --office 文件。</translation>
        </message>
        <message>
            <source>代办处签名密钥格式不对（应为 Ed25519 私钥）。</source>
            <translation>代办处签名密钥格式不对（应为 Ed25519 私钥）。</translation>
        </message>
        <message>
            <source>代办处 {c} 的公钥格式不对。</source>
            <translation>代办处 {c} 的公钥格式不对。</translation>
        </message>
        <message>
            <source>支付日期“{t}”应为 YYYY-MM-DD。</source>
            <translation>支付日期“{t}”应为 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>给付通知书</source>
            <translation>给付通知书</translation>
        </message>
        <message>
            <source>受理回执</source>
            <translation>受理回执</translation>
        </message>
        <message>
            <source>合作机构核验说明</source>
            <translation>合作机构核验说明</translation>
        </message>
        <message>
            <source>优惠合作机构名单</source>
            <translation>优惠合作机构名单</translation>
        </message>
        <message>
            <source>活动签到表</source>
            <translation>活动签到表</translation>
        </message>
        <message>
            <source>会员参保凭证</source>
            <translation>会员参保凭证</translation>
        </message>
        <message>
            <source>参保凭证背面（合作机构）</source>
            <translation>参保凭证背面（合作机构）</translation>
        </message>
        <message>
            <source>收款收据（三联分三页）</source>
            <translation>收款收据（三联分三页）</translation>
        </message>
        <message>
            <source>收款收据（套打）</source>
            <translation>收款收据（套打）</translation>
        </message>
        <message>
            <source>收款收据（一张 A4 三联）</source>
            <translation>收款收据（一张 A4 三联）</translation>
        </message>
        <message>
            <source>不予给付通知书</source>
            <translation>不予给付通知书</translation>
        </message>
        <message>
            <source>单位参保凭证</source>
            <translation>单位参保凭证</translation>
        </message>
        <message>
            <source>没有找到该会员，请刷新后重试。</source>
            <translation>没有找到该会员，请刷新后重试。</translation>
        </message>
        <message>
            <source>货车司机</source>
            <translation>货车司机</translation>
        </message>
        <message>
            <source>外卖送餐员</source>
            <translation>外卖送餐员</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>男</source>
            <translation>男</translation>
        </message>
        <message>
            <source>女</source>
            <translation>女</translation>
        </message>
        <message>
            <source>居民身份证</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <source>护照</source>
            <translation>护照</translation>
        </message>
        <message>
            <source>港澳台居民居住证</source>
            <translation>港澳台居民居住证</translation>
        </message>
        <message>
            <source>其他证件</source>
            <translation>其他证件</translation>
        </message>
        <message>
            <source>性别“{g}”无法识别，请填“男”或“女”。</source>
            <translation>性别“{g}”无法识别，请填“男”或“女”。</translation>
        </message>
        <message>
            <source>证件号码 {n} 已登记在单位“{unit}”，同一人不能重复登记；如已换单位，请办理调动。</source>
            <translation>证件号码 {n} 已登记在单位“{unit}”，同一人不能重复登记；如已换单位，请办理调动。</translation>
        </message>
        <message>
            <source>第 {row} 行：{problem}</source>
            <translation>第 {row} 行：{problem}</translation>
        </message>
        <message>
            <source>{label}号码“{n}”应为 5 至 32 位字母或数字，请核对。</source>
            <translation>{label}号码“{n}”应为 5 至 32 位字母或数字，请核对。</translation>
        </message>
        <message>
            <source>使用{label}登记时须填写性别。</source>
            <translation>使用{label}登记时须填写性别。</translation>
        </message>
        <message>
            <source>使用{label}登记时须填写出生日期（1900 年以后、不晚于今天）。</source>
            <translation>使用{label}登记时须填写出生日期（1900 年以后、不晚于今天）。</translation>
        </message>
        <message>
            <source>群体类别“{t}”不在列表中：请选 {allowed} 之一，或留空。</source>
            <translation>群体类别“{t}”不在列表中：请选 {allowed} 之一，或留空。</translation>
        </message>
        <message>
            <source>银行账号应为 10 至 30 位数字（填写的有 {n} 个字符），请核对。</source>
            <translation>银行账号应为 10 至 30 位数字（填写的有 {n} 个字符），请核对。</translation>
        </message>
        <message>
            <source>没有找到该单位，请刷新后重试。</source>
            <translation>没有找到该单位，请刷新后重试。</translation>
        </message>
        <message>
            <source>单位“{name}”已停用，不能登记或调入会员；请先恢复该单位。</source>
            <translation>单位“{name}”已停用，不能登记或调入会员；请先恢复该单位。</translation>
        </message>
        <message>
            <source>没有证件号码为 {n} 的会员。</source>
            <translation>没有证件号码为 {n} 的会员。</translation>
        </message>
        <message>
            <source>{name} 已于 {d} 离职，请先办理重新在职再调动。</source>
            <translation>{name} 已于 {d} 离职，请先办理重新在职再调动。</translation>
        </message>
        <message>
            <source>{name} 已在单位“{unit}”，无需调动。</source>
            <translation>{name} 已在单位“{unit}”，无需调动。</translation>
        </message>
        <message>
            <source>{name} 已于 {d} 办理离职。</source>
            <translation>{name} 已于 {d} 办理离职。</translation>
        </message>
        <message>
            <source>离职日期 {d} 不合理：不能晚于今天（{t}），也不能早于出生日期。</source>
            <translation>离职日期 {d} 不合理：不能晚于今天（{t}），也不能早于出生日期。</translation>
        </message>
        <message>
            <source>{name} 目前在职，无需办理重新在职。</source>
            <translation>{name} 目前在职，无需办理重新在职。</translation>
        </message>
        <message>
            <source>{n} 处问题，全部未写入，请改正后重新提交：</source>
            <translation>{n} 处问题，全部未写入，请改正后重新提交：</translation>
        </message>
        <message>
            <source>操作已取消，未写入任何数据。</source>
            <translation>操作已取消，未写入任何数据。</translation>
        </message>
        <message>
            <source>性别填写为“{typed}”，但身份证号码 {n} 显示为“{real}”，请核对性别或号码。</source>
            <translation>性别填写为“{typed}”，但身份证号码 {n} 显示为“{real}”，请核对性别或号码。</translation>
        </message>
        <message>
            <source>出生日期填写为 {typed}，但身份证号码 {n} 显示为 {real}，请核对。</source>
            <translation>出生日期填写为 {typed}，但身份证号码 {n} 显示为 {real}，请核对。</translation>
        </message>
        <message>
            <source>第 {row} 行：证件号码 {n} 与第 {other} 行重复。</source>
            <translation>第 {row} 行：证件号码 {n} 与第 {other} 行重复。</translation>
        </message>
        <message>
            <source>代办处代码“{c}”应为8位数字：6位行政区划代码加2位序号。</source>
            <translation>代办处代码“{c}”应为8位数字：6位行政区划代码加2位序号。</translation>
        </message>
        <message>
            <source>本数据库属于代办处 {have}（{name}），不能改为 {want}。</source>
            <translation>本数据库属于代办处 {have}（{name}），不能改为 {want}。</translation>
        </message>
        <message>
            <source>数据库尚未初始化：请先运行 huzhu init --demo 或 huzhu init --office 代办处文件。</source>
            <translation>数据库尚未初始化：请先运行 huzhu init --demo 或 huzhu init --office 代办处文件。</translation>
        </message>
        <message>
            <source>没有证件号码为 {i} 的会员。</source>
            <translation>没有证件号码为 {i} 的会员。</translation>
        </message>
        <message>
            <source>会员 {name} 没有有效的参保记录，不能打印参保凭证。</source>
            <translation>会员 {name} 没有有效的参保记录，不能打印参保凭证。</translation>
        </message>
        <message>
            <source>没有统一社会信用代码为 {c} 的单位。</source>
            <translation>没有统一社会信用代码为 {c} 的单位。</translation>
        </message>
        <message>
            <source>单位 {u} 没有有效的参保单。</source>
            <translation>单位 {u} 没有有效的参保单。</translation>
        </message>
        <message>
            <source>没有编号为 {n} 的收款记录。</source>
            <translation>没有编号为 {n} 的收款记录。</translation>
        </message>
        <message>
            <source>{n} 是退款记录，不能打印收款收据。</source>
            <translation>{n} 是退款记录，不能打印收款收据。</translation>
        </message>
        <message>
            <source>理赔 {n} 尚未审批，不能打印通知书。</source>
            <translation>理赔 {n} 尚未审批，不能打印通知书。</translation>
        </message>
        <message>
            <source>没有名为“{n}”的版式；可用的有：{all}。</source>
            <translation>没有名为“{n}”的版式；可用的有：{all}。</translation>
        </message>
        <message>
            <source>偏移量应在 ±50 毫米以内，请重新测量。</source>
            <translation>偏移量应在 ±50 毫米以内，请重新测量。</translation>
        </message>
        <message>
            <source>版式文件 {p} 无法读取：{e}</source>
            <translation>版式文件 {p} 无法读取：{e}</translation>
        </message>
        <message>
            <source>已取消打印，未生成文件。</source>
            <translation>已取消打印，未生成文件。</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>代办处</source>
            <translation>代办处</translation>
        </message>
        <message>
            <source>证件号</source>
            <translation>证件号</translation>
        </message>
        <message>
            <source>保障期间</source>
            <translation>保障期间</translation>
        </message>
        <message>
            <source>计划及份数</source>
            <translation>计划及份数</translation>
        </message>
        <message>
            <source>统一社会信用代码</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>人数</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>金额（分）</source>
            <translation>金额（分）</translation>
        </message>
        <message>
            <source>收款日期</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>保障计划</source>
            <translation>保障计划</translation>
        </message>
        <message>
            <source>受理日期</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>决定日期</source>
            <translation>决定日期</translation>
        </message>
        <message>
            <source>已取消批量打印，未发放凭证编号。</source>
            <translation>已取消批量打印，未发放凭证编号。</translation>
        </message>
        <message>
            <source>参保情况统计表</source>
            <translation>参保情况统计表</translation>
        </message>
        <message>
            <source>理赔情况统计表</source>
            <translation>理赔情况统计表</translation>
        </message>
        <message>
            <source>单位对账单</source>
            <translation>单位对账单</translation>
        </message>
        <message>
            <source>八大群体赠送情况表</source>
            <translation>八大群体赠送情况表</translation>
        </message>
        <message>
            <source>工作落实情况报表</source>
            <translation>工作落实情况报表</translation>
        </message>
        <message>
            <source>理赔台账</source>
            <translation>理赔台账</translation>
        </message>
        <message>
            <source>增值服务情况表</source>
            <translation>增值服务情况表</translation>
        </message>
        <message>
            <source>职工覆盖率（%）</source>
            <translation>职工覆盖率（%）</translation>
        </message>
        <message>
            <source>新增参保单位（家）</source>
            <translation>新增参保单位（家）</translation>
        </message>
        <message>
            <source>参保人数（人）</source>
            <translation>参保人数（人）</translation>
        </message>
        <message>
            <source>八大群体赠送（人）</source>
            <translation>八大群体赠送（人）</translation>
        </message>
        <message>
            <source>职工覆盖率目标（%）</source>
            <translation>职工覆盖率目标（%）</translation>
        </message>
        <message>
            <source>新增参保单位目标（家）</source>
            <translation>新增参保单位目标（家）</translation>
        </message>
        <message>
            <source>参保人数目标（人）</source>
            <translation>参保人数目标（人）</translation>
        </message>
        <message>
            <source>八大群体赠送目标（人）</source>
            <translation>八大群体赠送目标（人）</translation>
        </message>
        <message>
            <source>辖区职工总数（人）</source>
            <translation>辖区职工总数（人）</translation>
        </message>
        <message>
            <source>指标来源只能是：{v}。</source>
            <translation>指标来源只能是：{v}。</translation>
        </message>
        <message>
            <source>年度“{y}”不对。</source>
            <translation>年度“{y}”不对。</translation>
        </message>
        <message>
            <source>没有名为“{k}”的指标。</source>
            <translation>没有名为“{k}”的指标。</translation>
        </message>
        <message>
            <source>单位对账单需要单位的统一社会信用代码（--unit）。</source>
            <translation>单位对账单需要单位的统一社会信用代码（--unit）。</translation>
        </message>
        <message>
            <source>没有名为“{n}”的报表：可选 {all}。</source>
            <translation>没有名为“{n}”的报表：可选 {all}。</translation>
        </message>
        <message>
            <source>统计期间的结束日早于开始日。</source>
            <translation>统计期间的结束日早于开始日。</translation>
        </message>
        <message>
            <source>在职</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>花名册“{f}”未导入：{rows} 行有问题，{rules} 项参保规则不符合，未写入任何数据。</source>
            <translation>花名册“{f}”未导入：{rows} 行有问题，{rules} 项参保规则不符合，未写入任何数据。</translation>
        </message>
        <message>
            <source>花名册“{f}”的表头下没有数据行，请填写人员后再导入。</source>
            <translation>花名册“{f}”的表头下没有数据行，请填写人员后再导入。</translation>
        </message>
        <message>
            <source>导入已取消，未写入任何数据。</source>
            <translation>导入已取消，未写入任何数据。</translation>
        </message>
        <message>
            <source>“{f}”的前 {n} 行中没有找到表头：表头行须同时有“姓名”和“身份证号码”（或“证件号码”）两列。</source>
            <translation>“{f}”的前 {n} 行中没有找到表头：表头行须同时有“姓名”和“身份证号码”（或“证件号码”）两列。</translation>
        </message>
        <message>
            <source>不支持“{f}”的文件类型：请使用 .xlsx、.xls 或 .csv 文件。</source>
            <translation>不支持“{f}”的文件类型：请使用 .xlsx、.xls 或 .csv 文件。</translation>
        </message>
        <message>
            <source>找不到文件“{f}”。</source>
            <translation>找不到文件“{f}”。</translation>
        </message>
        <message>
            <source>无法读取“{f}”：文件已损坏、有密码或不是 Excel 文件（{e}）。</source>
            <translation>无法读取“{f}”：文件已损坏、有密码或不是 Excel 文件（{e}）。</translation>
        </message>
        <message>
            <source>姓名缺失或过长</source>
            <translation>姓名缺失或过长</translation>
        </message>
        <message>
            <source>证件号码为空</source>
            <translation>证件号码为空</translation>
        </message>
        <message>
            <source>证件号码被存成数字、末位丢失</source>
            <translation>证件号码被存成数字、末位丢失</translation>
        </message>
        <message>
            <source>证件号码格式或出生日期有误</source>
            <translation>证件号码格式或出生日期有误</translation>
        </message>
        <message>
            <source>身份证号码校验位错误</source>
            <translation>身份证号码校验位错误</translation>
        </message>
        <message>
            <source>证件类型无法识别</source>
            <translation>证件类型无法识别</translation>
        </message>
        <message>
            <source>性别无法识别</source>
            <translation>性别无法识别</translation>
        </message>
        <message>
            <source>性别与身份证不符</source>
            <translation>性别与身份证不符</translation>
        </message>
        <message>
            <source>出生日期有误</source>
            <translation>出生日期有误</translation>
        </message>
        <message>
            <source>电话格式不对</source>
            <translation>电话格式不对</translation>
        </message>
        <message>
            <source>人员类别不在列表中</source>
            <translation>人员类别不在列表中</translation>
        </message>
        <message>
            <source>银行账号有误</source>
            <translation>银行账号有误</translation>
        </message>
        <message>
            <source>文件内重复</source>
            <translation>文件内重复</translation>
        </message>
        <message>
            <source>已是其他单位的会员</source>
            <translation>已是其他单位的会员</translation>
        </message>
        <message>
            <source>已离职</source>
            <translation>已离职</translation>
        </message>
        <message>
            <source>姓名与已登记的不一致</source>
            <translation>姓名与已登记的不一致</translation>
        </message>
        <message>
            <source>已参保，不能重复参保</source>
            <translation>已参保，不能重复参保</translation>
        </message>
        <message>
            <source>年龄不符合参保条件</source>
            <translation>年龄不符合参保条件</translation>
        </message>
        <message>
            <source>隐藏号码对不上本单位会员</source>
            <translation>隐藏号码对不上本单位会员</translation>
        </message>
        <message>
            <source>证件类型“{t}”无法识别，请填 {allowed} 之一。</source>
            <translation>证件类型“{t}”无法识别，请填 {allowed} 之一。</translation>
        </message>
        <message>
            <source>证件号码不能为空。</source>
            <translation>证件号码不能为空。</translation>
        </message>
        <message>
            <source>人员类别“{t}”不在列表中：请选 {allowed} 之一，或留空。</source>
            <translation>人员类别“{t}”不在列表中：请选 {allowed} 之一，或留空。</translation>
        </message>
        <message>
            <source>身份证号码“{n}”校验位错误，且以 000 结尾：多半是 Excel 把它存成了数字、丢了末位，请按原证件重新填写。</source>
            <translation>身份证号码“{n}”校验位错误，且以 000 结尾：多半是 Excel 把它存成了数字、丢了末位，请按原证件重新填写。</translation>
        </message>
        <message>
            <source>出生日期“{d}”无法识别，请写成 1990-01-31。</source>
            <translation>出生日期“{d}”无法识别，请写成 1990-01-31。</translation>
        </message>
        <message>
            <source>证件号码被 Excel 存成了数字（显示为 {shown}），15 位以后的数字已经丢失，无法修复；请把“证件号码”列设置为“文本”格式，再按原证件重新填写。</source>
            <translation>证件号码被 Excel 存成了数字（显示为 {shown}），15 位以后的数字已经丢失，无法修复；请把“证件号码”列设置为“文本”格式，再按原证件重新填写。</translation>
        </message>
        <message>
            <source>请先输入会员证件号码并按回车。</source>
            <translation>请先输入会员证件号码并按回车。</translation>
        </message>
        <message>
            <source>使用{label}登记时须填写{f}。</source>
            <translation>使用{label}登记时须填写{f}。</translation>
        </message>
        <message>
            <source>证件号码 {n} 中间几位是隐藏的，本单位没有姓名为“{name}”、号码与之相符的会员；新职工请填写完整号码。</source>
            <translation>证件号码 {n} 中间几位是隐藏的，本单位没有姓名为“{name}”、号码与之相符的会员；新职工请填写完整号码。</translation>
        </message>
        <message>
            <source>证件号码 {n} 与第 {others} 行重复，同一人只能出现一次，请删去多余的行。</source>
            <translation>证件号码 {n} 与第 {others} 行重复，同一人只能出现一次，请删去多余的行。</translation>
        </message>
        <message>
            <source>{name} 在生效日 {d} 为 {a} 周岁，{c} 的参保年龄为 {lo}–{hi} 周岁，请移出名单。</source>
            <translation>{name} 在生效日 {d} 为 {a} 周岁，{c} 的参保年龄为 {lo}–{hi} 周岁，请移出名单。</translation>
        </message>
        <message>
            <source>{name}（{n}）已是单位“{u}”的会员，同一人不能在两个单位参保；如已换单位，请先办理调动。</source>
            <translation>{name}（{n}）已是单位“{u}”的会员，同一人不能在两个单位参保；如已换单位，请先办理调动。</translation>
        </message>
        <message>
            <source>{name} 在 {s} 至 {e} 已参保 {c}（{num}），同一计划同一天只能参保一次；请移出名单或改在期满后生效。</source>
            <translation>{name} 在 {s} 至 {e} 已参保 {c}（{num}），同一计划同一天只能参保一次；请移出名单或改在期满后生效。</translation>
        </message>
        <message>
            <source>{name} 已登记为离职，请先在会员页办理重新在职，再导入。</source>
            <translation>{name} 已登记为离职，请先在会员页办理重新在职，再导入。</translation>
        </message>
        <message>
            <source>证件号码 {n} 登记的姓名是“{known}”，名单中写的是“{typed}”，请核对。</source>
            <translation>证件号码 {n} 登记的姓名是“{known}”，名单中写的是“{typed}”，请核对。</translation>
        </message>
        <message>
            <source>生效日规则</source>
            <translation>生效日规则</translation>
        </message>
        <message>
            <source>固定批次生效日</source>
            <translation>固定批次生效日</translation>
        </message>
        <message>
            <source>同步提醒间隔（天）</source>
            <translation>同步提醒间隔（天）</translation>
        </message>
        <message>
            <source>理赔服务承诺时限（工作日）</source>
            <translation>理赔服务承诺时限（工作日）</translation>
        </message>
        <message>
            <source>备份文件夹</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>界面语言</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>没有名为“{k}”的设置项。</source>
            <translation>没有名为“{k}”的设置项。</translation>
        </message>
        <message>
            <source>“{label}”应为 1 到 365 之间的整数。</source>
            <translation>“{label}”应为 1 到 365 之间的整数。</translation>
        </message>
        <message>
            <source>代办处上报包（.hzp）</source>
            <translation>代办处上报包（.hzp）</translation>
        </message>
        <message>
            <source>省办事处回执包（.hzr）</source>
            <translation>省办事处回执包（.hzr）</translation>
        </message>
        <message>
            <source>代办处 {c} 还没有省办事处签发的同步密钥，不能同步。请用省办事处签发的代办处文件（.hzo）初始化：huzhu init --office 文件。</source>
            <translation>代办处 {c} 还没有省办事处签发的同步密钥，不能同步。请用省办事处签发的代办处文件（.hzo）初始化：huzhu init --office 文件。</translation>
        </message>
        <message>
            <source>代办处文件“{f}”的签名无效（文件被改动），未使用。</source>
            <translation>代办处文件“{f}”的签名无效（文件被改动），未使用。</translation>
        </message>
        <message>
            <source>代办处文件格式版本 {v} 不受支持，请升级软件。</source>
            <translation>代办处文件格式版本 {v} 不受支持，请升级软件。</translation>
        </message>
        <message>
            <source>“{f}”不是有效的代办处文件（.hzo），请向省办事处重新索取。</source>
            <translation>“{f}”不是有效的代办处文件（.hzo），请向省办事处重新索取。</translation>
        </message>
        <message>
            <source>没有编号为 {i} 的同步提醒。</source>
            <translation>没有编号为 {i} 的同步提醒。</translation>
        </message>
        <message>
            <source>登记单位</source>
            <translation>登记单位</translation>
        </message>
        <message>
            <source>修改单位</source>
            <translation>修改单位</translation>
        </message>
        <message>
            <source>停用单位</source>
            <translation>停用单位</translation>
        </message>
        <message>
            <source>恢复单位</source>
            <translation>恢复单位</translation>
        </message>
        <message>
            <source>登记会员</source>
            <translation>登记会员</translation>
        </message>
        <message>
            <source>修改会员</source>
            <translation>修改会员</translation>
        </message>
        <message>
            <source>调动单位</source>
            <translation>调动单位</translation>
        </message>
        <message>
            <source>离职</source>
            <translation>离职</translation>
        </message>
        <message>
            <source>文件“{file}”不是同步包（不是 ZIP 格式）。请确认选择的是 .hzp/.hzr 文件。</source>
            <translation>文件“{file}”不是同步包（不是 ZIP 格式）。请确认选择的是 .hzp/.hzr 文件。</translation>
        </message>
        <message>
            <source>同步包“{file}”不完整（ZIP 文件被截断或损坏）。请重新拷贝原文件。</source>
            <translation>同步包“{file}”不完整（ZIP 文件被截断或损坏）。请重新拷贝原文件。</translation>
        </message>
        <message>
            <source>同步包“{file}”大小 {size} 字节，超过上限 {limit} 字节，已拒收。</source>
            <translation>同步包“{file}”大小 {size} 字节，超过上限 {limit} 字节，已拒收。</translation>
        </message>
        <message>
            <source>同步包中条目“{entry}”出现了不止一次，可能被篡改，已拒收。</source>
            <translation>同步包中条目“{entry}”出现了不止一次，可能被篡改，已拒收。</translation>
        </message>
        <message>
            <source>同步包中条目“{entry}”使用绝对路径，已拒收。</source>
            <translation>同步包中条目“{entry}”使用绝对路径，已拒收。</translation>
        </message>
        <message>
            <source>同步包中条目“{entry}”含有“..”，企图写到包外，已拒收。</source>
            <translation>同步包中条目“{entry}”含有“..”，企图写到包外，已拒收。</translation>
        </message>
        <message>
            <source>同步包中条目“{entry}”位于 data/ 目录之外，已拒收。</source>
            <translation>同步包中条目“{entry}”位于 data/ 目录之外，已拒收。</translation>
        </message>
        <message>
            <source>同步包中含有清单未列出的条目“{entry}”，已拒收。</source>
            <translation>同步包中含有清单未列出的条目“{entry}”，已拒收。</translation>
        </message>
        <message>
            <source>同步包中条目“{entry}”压缩比异常（{ratio} 倍，疑似压缩炸弹），已拒收。</source>
            <translation>同步包中条目“{entry}”压缩比异常（{ratio} 倍，疑似压缩炸弹），已拒收。</translation>
        </message>
        <message>
            <source>同步包缺少清单 manifest.json，已拒收。</source>
            <translation>同步包缺少清单 manifest.json，已拒收。</translation>
        </message>
        <message>
            <source>同步包缺少签名 manifest.sig，无法确认来源，已拒收。</source>
            <translation>同步包缺少签名 manifest.sig，无法确认来源，已拒收。</translation>
        </message>
        <message>
            <source>同步包的清单无法读取（{detail}），已拒收。</source>
            <translation>同步包的清单无法读取（{detail}），已拒收。</translation>
        </message>
        <message>
            <source>同步包格式版本为 {version}，本程序只支持到 {supported}。请先升级软件再导入。</source>
            <translation>同步包格式版本为 {version}，本程序只支持到 {supported}。请先升级软件再导入。</translation>
        </message>
        <message>
            <source>这是{got}，此处需要{want}。</source>
            <translation>这是{got}，此处需要{want}。</translation>
        </message>
        <message>
            <source>代办处 {office} 未在省办事处登记，同步包已拒收。</source>
            <translation>代办处 {office} 未在省办事处登记，同步包已拒收。</translation>
        </message>
        <message>
            <source>同步包声称来自代办处 {claimed}，却是用代办处 {signer} 的密钥签名的，已拒收。</source>
            <translation>同步包声称来自代办处 {claimed}，却是用代办处 {signer} 的密钥签名的，已拒收。</translation>
        </message>
        <message>
            <source>该回执包发给代办处 {office}，不是本代办处 {mine}，未导入。</source>
            <translation>该回执包发给代办处 {office}，不是本代办处 {mine}，未导入。</translation>
        </message>
        <message>
            <source>同步包签名无效：清单被改动或不是由 {signer} 签发，已拒收。</source>
            <translation>同步包签名无效：清单被改动或不是由 {signer} 签发，已拒收。</translation>
        </message>
        <message>
            <source>缺少第 {missing} 号同步包（已收到第 {last} 号，本包为第 {seq} 号）。请先导入第 {missing} 号包。</source>
            <translation>缺少第 {missing} 号同步包（已收到第 {last} 号，本包为第 {seq} 号）。请先导入第 {missing} 号包。</translation>
        </message>
        <message>
            <source>第 {seq} 号同步包已经收到过（内容不同，已收到到第 {last} 号）：这是旧包或重放，已拒收。</source>
            <translation>第 {seq} 号同步包已经收到过（内容不同，已收到到第 {last} 号）：这是旧包或重放，已拒收。</translation>
        </message>
        <message>
            <source>第 {seq} 号同步包记录的上一包哈希与已收到的第 {prev} 号包不符，已拒收。</source>
            <translation>第 {seq} 号同步包记录的上一包哈希与已收到的第 {prev} 号包不符，已拒收。</translation>
        </message>
        <message>
            <source>清单列出的文件“{entry}”不在同步包中，已拒收。</source>
            <translation>清单列出的文件“{entry}”不在同步包中，已拒收。</translation>
        </message>
        <message>
            <source>文件“{entry}”大小 {size} 字节，超过清单声明的 {declared} 字节，已拒收。</source>
            <translation>文件“{entry}”大小 {size} 字节，超过清单声明的 {declared} 字节，已拒收。</translation>
        </message>
        <message>
            <source>文件“{entry}”只有 {size} 字节，少于清单声明的 {declared} 字节（被截断），已拒收。</source>
            <translation>文件“{entry}”只有 {size} 字节，少于清单声明的 {declared} 字节（被截断），已拒收。</translation>
        </message>
        <message>
            <source>文件“{entry}”的 SHA-256 与清单不符（内容被改动），已拒收。</source>
            <translation>文件“{entry}”的 SHA-256 与清单不符（内容被改动），已拒收。</translation>
        </message>
        <message>
            <source>文件“{entry}”无法解密：不是为本机密钥加密的，或内容被改动，已拒收。</source>
            <translation>文件“{entry}”无法解密：不是为本机密钥加密的，或内容被改动，已拒收。</translation>
        </message>
        <message>
            <source>文件“{entry}”解压后超过清单声明的 {declared} 字节（疑似压缩炸弹），已拒收。</source>
            <translation>文件“{entry}”解压后超过清单声明的 {declared} 字节（疑似压缩炸弹），已拒收。</translation>
        </message>
        <message>
            <source>文件“{entry}”第 {line} 行数据无效（{detail}），已拒收。</source>
            <translation>文件“{entry}”第 {line} 行数据无效（{detail}），已拒收。</translation>
        </message>
        <message>
            <source>重新在职</source>
            <translation>重新在职</translation>
        </message>
        <message>
            <source>单位名称</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source>在职职工数</source>
            <translation>在职职工数</translation>
        </message>
        <message>
            <source>女职工数</source>
            <translation>女职工数</translation>
        </message>
        <message>
            <source>行业</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>工会名称</source>
            <translation>工会名称</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>证件类型</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>群体类别</source>
            <translation>群体类别</translation>
        </message>
        <message>
            <source>开户银行</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>银行账号</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>{label}的第 {pos} 个字符是看不见的字符 {char}，不能保存：请删去它后重新输入（复制粘贴或单位的文件常会带入这类字符）。</source>
            <translation>{label}的第 {pos} 个字符是看不见的字符 {char}，不能保存：请删去它后重新输入（复制粘贴或单位的文件常会带入这类字符）。</translation>
        </message>
        <message>
            <source>控制字符</source>
            <translation>控制字符</translation>
        </message>
        <message>
            <source>电话“{p}”格式不对：手机号为11位数字（如 13800001111），固定电话带区号（如 0919-6612345）。</source>
            <translation>电话“{p}”格式不对：手机号为11位数字（如 13800001111），固定电话带区号（如 0919-6612345）。</translation>
        </message>
        <message>
            <source>{label}不能为空。</source>
            <translation>{label}不能为空。</translation>
        </message>
        <message>
            <source>{label}不能超过 {n} 个字（现有 {m} 个）。</source>
            <translation>{label}不能超过 {n} 个字（现有 {m} 个）。</translation>
        </message>
        <message>
            <source>统一社会信用代码 {c} 已登记为单位“{name}”，请核对或直接修改该单位。</source>
            <translation>统一社会信用代码 {c} 已登记为单位“{name}”，请核对或直接修改该单位。</translation>
        </message>
        <message>
            <source>在职职工数应为 1 至 {n} 的整数（填写的是 {h}）。</source>
            <translation>在职职工数应为 1 至 {n} 的整数（填写的是 {h}）。</translation>
        </message>
        <message>
            <source>女职工数 {f} 不能超过在职职工数 {h}，也不能为负数。</source>
            <translation>女职工数 {f} 不能超过在职职工数 {h}，也不能为负数。</translation>
        </message>
        <message>
            <source>单位“{name}”已是{state}状态。</source>
            <translation>单位“{name}”已是{state}状态。</translation>
        </message>
        <message>
            <source>没有找到该单位（可能已被其他操作员删除），请刷新后重试。</source>
            <translation>没有找到该单位（可能已被其他操作员删除），请刷新后重试。</translation>
        </message>
        <message>
            <source>没有统一社会信用代码为 {c} 的单位，请先登记该单位。</source>
            <translation>没有统一社会信用代码为 {c} 的单位，请先登记该单位。</translation>
        </message>
    </context>
    <context>
        <name>application</name>
        <message>
            <source>无法打开数据库</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>从备份恢复…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>选择备份文件</source>
            <translation>选择备份文件</translation>
        </message>
        <message>
            <source>尚无代办处数据</source>
            <translation>尚无代办处数据</translation>
        </message>
        <message>
            <source>此数据文件夹中还没有代办处数据（{path}）。

是否创建演示代办处（铜川市耀州区代办处，含示例单位和会员）来试用本系统？
正式使用时，请用省办事处发给本代办处的代办处文件初始化。</source>
            <translation>此数据文件夹中还没有代办处数据（{path}）。

是否创建演示代办处（铜川市耀州区代办处，含示例单位和会员）来试用本系统？
正式使用时，请用省办事处发给本代办处的代办处文件初始化。</translation>
        </message>
        <message>
            <source>出错了</source>
            <translation>出错了</translation>
        </message>
    </context>
    <context>
        <name>backups</name>
        <message>
            <source>正在备份数据，请稍候…</source>
            <translation>正在备份数据，请稍候…</translation>
        </message>
        <message>
            <source>退出前备份</source>
            <translation>退出前备份</translation>
        </message>
        <message>
            <source>退出前备份失败</source>
            <translation>退出前备份失败</translation>
        </message>
        <message>
            <source>退出前的自动备份没有完成：{e}
数据库本身没有受影响；请检查备份文件夹。</source>
            <translation>退出前的自动备份没有完成：{e}
数据库本身没有受影响；请检查备份文件夹。</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>确定</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <source>只有{roles}可以修改，这里仅供查看。</source>
            <translation>只有{roles}可以修改，这里仅供查看。</translation>
        </message>
    </context>
    <context>
        <name>list_export</name>
        <message>
            <source>导出…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>把列表中显示的行（已按条件筛选）导出为 Excel 文件</source>
            <translation>把列表中显示的行（已按条件筛选）导出为 Excel 文件</translation>
        </message>
        <message>
            <source>导出到 Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>已导出 {n} 行到
{path}</source>
            <translation>已导出 {n} 行到
{path}</translation>
        </message>
        <message>
            <source>证件号码、电话等个人信息已按您的权限隐藏部分内容。</source>
            <translation>证件号码、电话等个人信息已按您的权限隐藏部分内容。</translation>
        </message>
        <message>
            <source>导出完成</source>
            <translation>导出完成</translation>
        </message>
        <message>
            <source>打开文件</source>
            <translation>打开文件</translation>
        </message>
        <message>
            <source>打开所在文件夹</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <source>正在取消，已做的修改将全部撤销…</source>
            <translation>正在取消，已做的修改将全部撤销…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>无法读写文件 {path}（{reason}）。操作没有完成，数据未作修改。请关闭正在使用该文件的程序（如 Excel），确认磁盘有空间、U 盘仍已插好，或换一个位置后重试。</source>
            <translation>无法读写文件 {path}（{reason}）。操作没有完成，数据未作修改。请关闭正在使用该文件的程序（如 Excel），确认磁盘有空间、U 盘仍已插好，或换一个位置后重试。</translation>
        </message>
        <message>
            <source>发生了意外错误，操作没有完成，数据未作修改。详情已写入日志文件，请交给技术支持。</source>
            <translation>发生了意外错误，操作没有完成，数据未作修改。详情已写入日志文件，请交给技术支持。</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <source>工作台</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>会员</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>参保</source>
            <translation>参保</translation>
        </message>
        <message>
            <source>理赔</source>
            <translation>理赔</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>同步</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>办事处</source>
            <translation>办事处</translation>
        </message>
        <message>
            <source>审批</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>目录与指标</source>
            <translation>目录与指标</translation>
        </message>
        <message>
            <source>分析</source>
            <translation>分析</translation>
        </message>
        <message>
            <source>报表</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>操作员</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>增值服务</source>
            <translation>增值服务</translation>
        </message>
        <message>
            <source>设置</source>
            <translation>设置</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <source>备份 {name} 已加密，请输入备份口令：</source>
            <translation>备份 {name} 已加密，请输入备份口令：</translation>
        </message>
        <message>
            <source>备份口令</source>
            <translation>备份口令</translation>
        </message>
        <message>
            <source>已恢复</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <source>已从备份恢复数据库。原数据库文件另存为：{kept}</source>
            <translation>已从备份恢复数据库。原数据库文件另存为：{kept}</translation>
        </message>
        <message>
            <source>恢复失败</source>
            <translation>恢复失败</translation>
        </message>
    </context>
</TS>
