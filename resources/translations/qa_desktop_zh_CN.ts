<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountActionDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>The new user signs in with the temporary password and must choose their own at once.</source>
        <translation>新用户用临时密码登录，并须立即设置自己的密码。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>%1 (%2) gets a temporary password and a new signing key; their signatures so far stay valid.</source>
        <translation>%1（%2）将获得临时密码和新的签名密钥；其已有的签名仍然有效。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>%1 (%2) may sign in again; the count of wrong passwords starts anew.</source>
        <translation>%1（%2）可再次登录；密码错误次数重新计算。</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>保存角色</translation>
    </message>
    <message>
        <source>The roles of %1 (%2): what the authority matrix lets them do.</source>
        <translation>%1（%2）的角色：决定审批权限表允许其做什么。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 (%2) can no longer sign in. The account, its history and its signatures stay; the user id is never given to anyone else.</source>
        <translation>%1（%2）将不能再登录。账户及其历史和签名均保留；该用户名永远不会再分配给他人。</translation>
    </message>
    <message>
        <source>Your password (%1)</source>
        <translation>您的密码（%1）</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Say why the account is deactivated: the audit trail keeps the reason.</source>
        <translation>请说明停用账户的原因：原因将记入审计记录。</translation>
    </message>
    <message>
        <source>Enter your own password to confirm the change.</source>
        <translation>请输入您自己的密码以确认此更改。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they choose their own at next sign-in.</source>
        <translation>%1 的密码已重置；其下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>已解锁 %1。</translation>
    </message>
    <message>
        <source>Saved the roles of %1.</source>
        <translation>已保存 %1 的角色。</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>已停用 %1。</translation>
    </message>
</context>
<context>
    <name>AccountActionForm</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>再次输入临时密码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2), %3</source>
        <translation>当前用户：%1（%2），%3</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已更改。</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>This command writes: say who you are with --user ID.</source>
        <translation>此命令会写入数据：请用 --user 用户名 说明您是谁。</translation>
    </message>
    <message>
        <source>No password: type it at the prompt, or set QA_DESKTOP_PASSWORD for a script.</source>
        <translation>没有密码：请在提示处输入，脚本可设置 QA_DESKTOP_PASSWORD。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The user id or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The password is wrong; {left} more wrong attempts lock the account.</source>
        <translation>密码错误；再错 {left} 次账户将被锁定。</translation>
    </message>
    <message>
        <source>The account {user} is locked after too many wrong passwords; an administrator can unlock it.</source>
        <translation>账户 {user} 因密码错误次数过多已被锁定，可由管理员解锁。</translation>
    </message>
    <message>
        <source>The password is wrong again: the account {user} is now locked; an administrator can unlock it.</source>
        <translation>密码再次错误：账户 {user} 现已锁定，可由管理员解锁。</translation>
    </message>
    <message>
        <source>The account {user} is deactivated.</source>
        <translation>账户 {user} 已停用。</translation>
    </message>
    <message>
        <source>This database has accounts already; an administrator adds new ones.</source>
        <translation>此数据库已有账户；新账户由管理员添加。</translation>
    </message>
    <message>
        <source>This database has no accounts yet: open it in QA Desktop to create its administrator, or run qa-desktop user add ID --name NAME --db PATH.</source>
        <translation>此数据库还没有账户：请在 QA Desktop 中打开它以创建管理员，或运行 qa-desktop user add 用户名 --name 姓名 --db 路径。</translation>
    </message>
    <message>
        <source>A user id is 2 to 32 letters, digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>用户名由 2 至 32 个字母、数字、点、连字符或下划线组成，并以字母开头。</translation>
    </message>
    <message>
        <source>The user id {user} is taken (user ids are never reused, even after deactivation).</source>
        <translation>用户名 {user} 已被使用（用户名永不重复使用，停用后也一样）。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as it is printed under a signature.</source>
        <translation>请输入此人的姓名，即签名下方打印的姓名。</translation>
    </message>
    <message>
        <source>There is no account {user}.</source>
        <translation>没有账户 {user}。</translation>
    </message>
    <message>
        <source>There is no role {role}.</source>
        <translation>没有角色 {role}。</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>请为账户至少指定一个角色。</translation>
    </message>
    <message>
        <source>Only an administrator may do this; {user} is not one.</source>
        <translation>只有管理员可以执行此操作；{user} 不是管理员。</translation>
    </message>
    <message>
        <source>{user} is the last active administrator; make another one first.</source>
        <translation>{user} 是最后一位在用的管理员；请先指定另一位管理员。</translation>
    </message>
    <message>
        <source>An administrator cannot deactivate their own account.</source>
        <translation>管理员不能停用自己的账户。</translation>
    </message>
    <message>
        <source>Give a temporary password with the administrator role: the department key is sealed under it.</source>
        <translation>授予管理员角色时请同时设置临时密码：部门密钥将以此密码加密保存。</translation>
    </message>
    <message>
        <source>Say why the account is deactivated: it is audited.</source>
        <translation>请说明停用账户的原因：原因将记入审计记录。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <source>{user} is not an active account here; sign in with your own user id.</source>
        <translation>{user} 不是此数据库中在用的账户；请用您自己的用户名登录。</translation>
    </message>
    <message>
        <source>{user} does not hold the department key; ask an administrator who does.</source>
        <translation>{user} 没有部门密钥；请联系持有该密钥的管理员。</translation>
    </message>
    <message>
        <source>{user} has no signing key; an administrator must reset the password to issue one.</source>
        <translation>{user} 没有签名密钥；需由管理员重置密码以签发新密钥。</translation>
    </message>
    <message>
        <source>Only who gave a delegation may revoke it.</source>
        <translation>只有授权人本人可以撤销授权代理。</translation>
    </message>
    <message>
        <source>{user} may only confirm quantities on site: approving handling or money cannot be delegated to them.</source>
        <translation>{user} 只能在现场确认不良数量：不能把处理或金额的审批授权给他。</translation>
    </message>
    <message>
        <source>{value} is not an amount in {currency} with at most {digits} decimal places.</source>
        <translation>{value} 不是最多 {digits} 位小数的 {currency} 金额。</translation>
    </message>
    <message>
        <source>A delegation&apos;s cap can be at most {largest}.</source>
        <translation>授权代理的金额上限最多为 {largest}。</translation>
    </message>
    <message>
        <source>A role code is 2 to 32 small letters, digits or underscores, starting with a letter.</source>
        <translation>角色代码由 2 至 32 个小写字母、数字或下划线组成，并以字母开头。</translation>
    </message>
    <message>
        <source>There is a role {code} already.</source>
        <translation>已有角色 {code}。</translation>
    </message>
    <message>
        <source>Give the role an English or a Chinese name.</source>
        <translation>请为角色填写英文或中文名称。</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Choose what kind of action this is.</source>
        <translation>请选择措施类型。</translation>
    </message>
    <message>
        <source>Choose the cause the corrective action acts on: occurrence or escape.</source>
        <translation>请选择纠正措施针对的原因：产生原因或流出原因。</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>请描述措施内容。</translation>
    </message>
    <message>
        <source>Choose the owner of the action.</source>
        <translation>请选择措施负责人。</translation>
    </message>
    <message>
        <source>Name the department that carries out the action.</source>
        <translation>请填写执行措施的部门。</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>请填写到期日期。</translation>
    </message>
    <message>
        <source>The due date is before the complaint was received ({received}).</source>
        <translation>到期日期早于投诉受理日期（{received}）。</translation>
    </message>
    <message>
        <source>The due date is more than two years ahead; enter a date up to {limit}.</source>
        <translation>到期日期超过两年之后；请填写 {limit} 或之前的日期。</translation>
    </message>
    <message>
        <source>Enter the expected effectiveness as a whole percentage from 0 to 100.</source>
        <translation>预期有效性请填写 0 到 100 之间的整数百分比。</translation>
    </message>
    <message>
        <source>A preventive action is fixed in quantity: say what it covers and how much.</source>
        <translation>预防措施须定量：请写明覆盖的范围和数量。</translation>
    </message>
    <message>
        <source>Name the date code from which the preventive action applies.</source>
        <translation>请填写预防措施开始实施的生产日期码。</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>{case} names no responsible department yet: name it on the complaint before issuing the quality abnormality notice.</source>
        <translation>{case} 尚未指定责任部门：请先在投诉中填写责任部门，再发出品质异常联络单。</translation>
    </message>
    <message>
        <source>The reply-by date {date} is before the notice is issued ({issued}).</source>
        <translation>回复期限 {date} 早于联络单发出日期（{issued}）。</translation>
    </message>
    <message>
        <source>There is no such action (it was removed).</source>
        <translation>没有这项措施（已被删除）。</translation>
    </message>
    <message>
        <source>Action {number} of {case} was changed by {user} after you opened it.</source>
        <translation>{case} 的第 {number} 项措施在您打开后已被 {user} 修改。</translation>
    </message>
    <message>
        <source>{user} is not an active account here.</source>
        <translation>{user} 不是本机的有效账户。</translation>
    </message>
    <message>
        <source>Action {number} of {case} is {state}: only an action not done yet can change.</source>
        <translation>{case} 的第 {number} 项措施状态为“{state}”：只有未完成的措施可以修改。</translation>
    </message>
    <message>
        <source>Action {number} of {case} is {state}: only an action its owner marked done is verified.</source>
        <translation>{case} 的第 {number} 项措施状态为“{state}”：只有负责人标记为已完成的措施才能验证。</translation>
    </message>
    <message>
        <source>Action {number} of {case} is {state} and can no longer be cancelled.</source>
        <translation>{case} 的第 {number} 项措施状态为“{state}”，不能再取消。</translation>
    </message>
    <message>
        <source>Action {number} of {case} is {state}: evidence is added before it is verified.</source>
        <translation>{case} 的第 {number} 项措施状态为“{state}”：证据须在验证前添加。</translation>
    </message>
    <message>
        <source>Action {number} of {case} is {owner}&apos;s: only they, or someone who may edit complaints, record what was done.</source>
        <translation>{case} 的第 {number} 项措施的负责人是 {owner}：只有本人或有权编辑投诉的人员才能记录完成情况。</translation>
    </message>
    <message>
        <source>Action {number} of {case} is {user}&apos;s own: someone else from QA must verify it.</source>
        <translation>{case} 的第 {number} 项措施的负责人就是 {user} 本人：须由品保的其他人员验证。</translation>
    </message>
    <message>
        <source>Action {number} of {case} is {state}: its evidence can no longer be removed.</source>
        <translation>{case} 的第 {number} 项措施状态为“{state}”：其证据不能再移除。</translation>
    </message>
    <message>
        <source>This file is no longer evidence of action {number} of {case}: it was removed.</source>
        <translation>该文件已不是 {case} 第 {number} 项措施的证据：它已被移除。</translation>
    </message>
    <message>
        <source>An action keeps at most {n} evidence files; action {number} has {count}.</source>
        <translation>每项措施最多保存 {n} 个证据文件；第 {number} 项措施已有 {count} 个。</translation>
    </message>
    <message>
        <source>Say how the action was verified.</source>
        <translation>请说明如何验证了该措施。</translation>
    </message>
    <message>
        <source>Say why the action goes back to its owner.</source>
        <translation>请说明退回负责人的原因。</translation>
    </message>
    <message>
        <source>Say why the action is cancelled.</source>
        <translation>请说明取消措施的原因。</translation>
    </message>
</context>
<context>
    <name>ActionsField</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>产生原因</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>流出原因</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>New action</source>
        <translation>新增措施</translation>
    </message>
    <message>
        <source>What was done for action %1? The note is optional; evidence files are added below the action.</source>
        <translation>第 %1 项措施做了什么？说明可不填；证据文件在措施下方添加。</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>措施已完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>How was action %1 verified?</source>
        <translation>第 %1 项措施是如何验证的？</translation>
    </message>
    <message>
        <source>Verify action</source>
        <translation>验证措施</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Why does action %1 go back to its owner?</source>
        <translation>为什么将第 %1 项措施退回负责人？</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why is action %1 cancelled? It keeps its number.</source>
        <translation>为什么取消第 %1 项措施？其编号保留。</translation>
    </message>
    <message>
        <source>Cancel action</source>
        <translation>取消措施</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Remove %1 from the action&apos;s evidence? The audit trail keeps its name.</source>
        <translation>从该措施的证据中移除 %1？审计记录会保留其文件名。</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · 超期</translation>
    </message>
    <message>
        <source>Actions of %1: %2, %3 overdue</source>
        <translation>%1 的措施：共 %2 项，%3 项超期</translation>
    </message>
    <message>
        <source>Action %1 · %2</source>
        <translation>第 %1 项措施 · %2</translation>
    </message>
    <message>
        <source>Done %1: %2</source>
        <translation>%1 完成：%2</translation>
    </message>
    <message>
        <source>Done %1.</source>
        <translation>%1 完成。</translation>
    </message>
    <message>
        <source>Verified %1 by %2: %3</source>
        <translation>%1 由 %2 验证：%3</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Your own action: someone else from QA verifies it.</source>
        <translation>这是您本人负责的措施：须由品保的其他人员验证。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>已完成…</translation>
    </message>
    <message>
        <source>Verify action…</source>
        <translation>验证措施…</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Cancel action…</source>
        <translation>取消措施…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>添加证据…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take the chosen file off the action (until it is verified)</source>
        <translation>从措施中移除所选文件（验证之前）</translation>
    </message>
    <message>
        <source>Acts on</source>
        <translation>针对原因</translation>
    </message>
    <message>
        <source>What is done, where, to what standard</source>
        <translation>做什么、在哪里做、按什么标准</translation>
    </message>
    <message>
        <source>The department that carries it out</source>
        <translation>执行措施的部门</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>范围和数量</translation>
    </message>
    <message>
        <source>What and how much: lines, products, coils</source>
        <translation>覆盖什么、多少：机组、产品、钢卷</translation>
    </message>
    <message>
        <source>From date code</source>
        <translation>起始生产日期码</translation>
    </message>
    <message>
        <source>e.g. 260401</source>
        <translation>例如 260401</translation>
    </message>
    <message>
        <source>Effectiveness expected (%)</source>
        <translation>预期有效性（%）</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Never printed for the customer</source>
        <translation>不会打印在给客户的文件上</translation>
    </message>
    <message>
        <source>Save action</source>
        <translation>保存措施</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>The marks on this photo are not in a form QA Desktop reads; they were not taken.</source>
        <translation>此照片上的标注格式无法识别，未予采用。</translation>
    </message>
    <message>
        <source>A mark of the kind “{kind}” is unknown: marks are arrows, circles and texts.</source>
        <translation>标注类型“{kind}”未知：标注只能是箭头、圆圈或文字。</translation>
    </message>
    <message>
        <source>A mark lies off the photo ({name} is {value}): marks are placed on the photo.</source>
        <translation>有标注超出照片范围（{name} 为 {value}）：标注必须位于照片之内。</translation>
    </message>
    <message>
        <source>A text mark needs a text.</source>
        <translation>文字标注需要填写文字。</translation>
    </message>
    <message>
        <source>A text mark holds at most {n} characters: write the rest in the photo&apos;s caption.</source>
        <translation>文字标注最多 {n} 个字符：其余内容请写在照片说明中。</translation>
    </message>
    <message>
        <source>A photo holds at most {n} marks.</source>
        <translation>一张照片最多 {n} 个标注。</translation>
    </message>
    <message>
        <source>{name} (marked)</source>
        <translation>{name}（已标注）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The department key of this database is not the one this PC saw before (was %1, is %2): the keys in the file were replaced. Run qa-desktop verify and ask the administrator before anyone signs.</source>
        <translation>此数据库的部门密钥与本机以前见到的不同（原为 %1，现为 %2）：文件中的密钥已被替换。请运行 qa-desktop verify 并询问管理员，在此之前任何人都不要签名。</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new, empty database there?</source>
        <translation>%1 处没有数据库。要在那里新建一个空数据库吗？</translation>
    </message>
</context>
<context>
    <name>ApprovalsMenu</name>
    <message>
        <source>Drop one scan at a time.</source>
        <translation>请一次拖入一份扫描件。</translation>
    </message>
    <message>
        <source>Attach a signed sheet&apos;s scan</source>
        <translation>附加已签字单据的扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>No code could be read on %1; select its case and attach it again.</source>
        <translation>无法在 %1 上读出二维码；请选中其客诉后再附加一次。</translation>
    </message>
    <message>
        <source>No code could be read on %1. Attach it to %2, the selected case?</source>
        <translation>无法在 %1 上读出二维码。是否附到所选客诉 %2？</translation>
    </message>
    <message numerus="yes">
        <source>Awaiting my signature: %n</source>
        <translation>
            <numerusform>待我签名：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing awaits your signature</source>
        <translation>没有待您签名的事项</translation>
    </message>
    <message>
        <source>%1 — proposal %2 (step %3)</source>
        <translation>%1 — 第 %2 号拟办意见（第 %3 步）</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>This file is no longer stored.</source>
        <translation>该文件已不在数据库中。</translation>
    </message>
    <message>
        <source>The caption of {file} is longer than {n} characters.</source>
        <translation>{file} 的说明超过 {n} 个字符。</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Adding files was stopped; none of them was added.</source>
        <translation>已停止添加文件，这些文件均未添加。</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>照片和文档</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written to %2 (%3).</source>
        <translation>无法将 %1 的副本写入 %2（%3）。</translation>
    </message>
    <message>
        <source>No program on this PC opens %1; the copy is at %2</source>
        <translation>本机没有可打开 %1 的程序；副本位于 %2</translation>
    </message>
    <message>
        <source>%1 is already attached (as %2); it was not added again.</source>
        <translation>%1 已作为附件（%2）添加过，未重复添加。</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>The complaint letter or e-mail, the customer&apos;s photos: drop files here, or click Add files. They are saved with the complaint.</source>
        <translation>客户的投诉函或邮件、客户拍的照片：把文件拖到这里，或点击“添加文件”。附件随客诉一起保存。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Choose files to attach; you can also drop them onto this section</source>
        <translation>选择要添加的附件；也可以把文件拖到此区域</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open a copy of the selected file with this PC&apos;s viewer</source>
        <translation>用本机的查看程序打开所选文件的副本</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove the selected files from the complaint when it is saved</source>
        <translation>保存客诉时移除所选附件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>停止添加</translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <source>The version of the authority matrix must be a whole number from 1.</source>
        <translation>审批权限表的版本号必须是从 1 开始的整数。</translation>
    </message>
    <message>
        <source>No role may give the final sign-off, so no handling could ever become binding.</source>
        <translation>没有任何角色可以作最终批示，处理意见将永远无法生效。</translation>
    </message>
    <message>
        <source>The base currency {currency} is not one the application knows.</source>
        <translation>本位币 {currency} 不是本软件支持的币种。</translation>
    </message>
    <message>
        <source>A role code in the authority matrix is empty or has spaces around it.</source>
        <translation>审批权限表中有角色代码为空或首尾带有空格。</translation>
    </message>
    <message>
        <source>The money limit of the role {role} is not a whole number.</source>
        <translation>角色“{role}”的金额限额不是整数。</translation>
    </message>
    <message>
        <source>The money limit of the role {role} is negative.</source>
        <translation>角色“{role}”的金额限额为负数。</translation>
    </message>
    <message>
        <source>No role may approve the handling “{kind}”, so it could never be approved.</source>
        <translation>没有任何角色可以批准“{kind}”，此类处理将永远无法获批。</translation>
    </message>
    <message>
        <source>No role may approve money without a limit, so a proposal above every limit could never be approved.</source>
        <translation>没有任何角色可以不限额批准金额，超出所有限额的拟办意见将永远无法获批。</translation>
    </message>
    <message>
        <source>No role without a money limit may approve “{kind}”, so a large proposal with it could never be approved.</source>
        <translation>没有任何不限额的角色可以批准“{kind}”，含此类处理的大额拟办意见将永远无法获批。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The stored authority matrix is not readable JSON.</source>
        <translation>保存的审批权限表不是可读的 JSON。</translation>
    </message>
    <message>
        <source>The stored authority matrix names “{key}” twice.</source>
        <translation>保存的审批权限表中“{key}”出现了两次。</translation>
    </message>
    <message>
        <source>The stored authority matrix gives the role {role} an unknown action “{action}”.</source>
        <translation>保存的审批权限表给角色“{role}”设置了未知的操作“{action}”。</translation>
    </message>
    <message>
        <source>The stored authority matrix gives the role {role} an unknown kind of handling “{kind}”.</source>
        <translation>保存的审批权限表给角色“{role}”设置了未知的处理方式“{kind}”。</translation>
    </message>
    <message>
        <source>The money limit of the role {role} must be a whole number of minor units, zero or more.</source>
        <translation>角色“{role}”的金额限额必须是以最小货币单位计的非负整数。</translation>
    </message>
    <message>
        <source>The stored authority matrix has no “{field}”.</source>
        <translation>保存的审批权限表缺少“{field}”。</translation>
    </message>
    <message>
        <source>The stored authority matrix has an unknown field “{field}”.</source>
        <translation>保存的审批权限表含有未知字段“{field}”。</translation>
    </message>
    <message>
        <source>The stored authority matrix has a value of the wrong kind at “{field}”.</source>
        <translation>保存的审批权限表中“{field}”处的值类型不对。</translation>
    </message>
    <message>
        <source>A handling proposal needs at least one line saying what is offered.</source>
        <translation>拟办意见至少需要一行说明处理方式。</translation>
    </message>
    <message>
        <source>No role may approve {amount} on one complaint; the authority matrix needs a higher limit.</source>
        <translation>没有任何角色可以在一件客诉上批准 {amount}；需要在审批权限表中设置更高的限额。</translation>
    </message>
    <message>
        <source>No role may approve {kinds} together; split the proposal or change the authority matrix.</source>
        <translation>没有任何角色可以同时批准{kinds}；请拆分拟办意见或修改审批权限表。</translation>
    </message>
    <message>
        <source>for {name}, by delegation</source>
        <translation>代{name}签署（授权代理）</translation>
    </message>
    <message>
        <source>Name the colleague you delegate to.</source>
        <translation>请指定授权代理的同事。</translation>
    </message>
    <message>
        <source>You cannot delegate to yourself.</source>
        <translation>不能授权给自己。</translation>
    </message>
    <message>
        <source>The delegation&apos;s last day {last} is before its first day {first}.</source>
        <translation>授权代理的结束日期 {last} 早于开始日期 {first}。</translation>
    </message>
    <message>
        <source>The delegation&apos;s cap must be a whole amount, zero or more.</source>
        <translation>授权代理的金额上限必须是非负整数。</translation>
    </message>
    <message>
        <source>You hold no right to approve that you could delegate.</source>
        <translation>您没有可以授权代理的审批权限。</translation>
    </message>
    <message>
        <source>A delegation&apos;s cap can be at most your own limit of {limit}.</source>
        <translation>授权代理的金额上限不能超过您本人的限额 {limit}。</translation>
    </message>
    <message>
        <source>You proposed this handling, so you cannot sign it, not even for someone else.</source>
        <translation>此拟办意见由您提出，您不能签署，代他人签署也不行。</translation>
    </message>
    <message>
        <source>You have signed this proposal already; another person must sign this step.</source>
        <translation>您已签署过此拟办意见，这一步须由另一人签署。</translation>
    </message>
    <message>
        <source>Only the role {role} may sign this step, and no delegation to you covers it.</source>
        <translation>这一步只能由“{role}”签署，也没有给您的授权代理涵盖这一步。</translation>
    </message>
    <message>
        <source>{delegator} proposed this handling, so nobody may sign it for them.</source>
        <translation>此拟办意见由 {delegator} 提出，任何人都不能代其签署。</translation>
    </message>
    <message>
        <source>{delegator} no longer holds the role {role}, so their delegation does not cover this step.</source>
        <translation>{delegator} 已不再担任“{role}”，其授权代理不涵盖这一步。</translation>
    </message>
    <message>
        <source>The delegation from {delegator} runs from {first} to {last}, not on {day}.</source>
        <translation>{delegator} 的授权代理有效期为 {first} 至 {last}，不包括 {day}。</translation>
    </message>
    <message>
        <source>The delegation from {delegator} covers up to {cap}; this complaint&apos;s proposals come to {amount}.</source>
        <translation>{delegator} 的授权代理金额上限为 {cap}；此客诉的拟办意见合计 {amount}。</translation>
    </message>
    <message>
        <source>The role {role} no longer has the right this step needs.</source>
        <translation>角色“{role}”已不再拥有这一步所需的权限。</translation>
    </message>
    <message>
        <source>The role {role} may approve up to {limit}; this complaint&apos;s proposals come to {amount}.</source>
        <translation>角色“{role}”最多可批准 {limit}；此客诉的拟办意见合计 {amount}。</translation>
    </message>
    <message>
        <source>{user} may not do this: the authority matrix does not give {action} to their roles.</source>
        <translation>{user} 无权执行此操作：审批权限表未授予其角色“{action}”的权限。</translation>
    </message>
    <message>
        <source>Say why the matrix changes: the reason is audited.</source>
        <translation>请说明修改审批权限表的原因：原因将记入审计记录。</translation>
    </message>
    <message>
        <source>The matrix is the same as the one in force.</source>
        <translation>此审批权限表与现行的相同。</translation>
    </message>
</context>
<context>
    <name>AuthorityMatrix</name>
    <message>
        <source>Authority matrix</source>
        <translation>审批权限表</translation>
    </message>
    <message>
        <source>Actions and money limit of each role</source>
        <translation>各角色的操作权限与金额限额</translation>
    </message>
    <message>
        <source>Handling each role may approve</source>
        <translation>各角色可批准的处理方式</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>变更原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Required: it is kept in the audit trail with the new version</source>
        <translation>必填：与新版本一起记入审计记录</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>The calendar from %1 is shown; Save stores it.</source>
        <translation>已显示 %1 中的日历；点击“保存”后才会存储。</translation>
    </message>
    <message>
        <source>Correct what is marked in red, then export.</source>
        <translation>请先更正红色标出的内容，再导出。</translation>
    </message>
    <message>
        <source>The calendar was written to %1.</source>
        <translation>日历已写入 %1。</translation>
    </message>
    <message>
        <source>Added %1 days off and %2 make-up working days for %3; check them against the notice, then Save.</source>
        <translation>已添加 %3 年的 %1 个休息日和 %2 个调休上班日；请对照通知核对后再保存。</translation>
    </message>
    <message>
        <source>The lists already hold China&apos;s days for %3.</source>
        <translation>列表中已有中国 %3 年的节假日安排。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; public holiday (day off) &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; make-up working day &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; weekday off</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; 法定节假日（休息） &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; 调休上班日 &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; 周休日</translation>
    </message>
    <message>
        <source>The department&apos;s time zone is %1; working time is counted in the zone chosen here.</source>
        <translation>部门时区为 %1；工作时间按此处所选的时区计算。</translation>
    </message>
</context>
<context>
    <name>CannotOpenDialog</name>
    <message>
        <source>The file was saved, but no program to open it could be started on this computer. Open it yourself from here:</source>
        <translation>文件已保存，但本机无法启动打开它的程序。请从以下位置自行打开：</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CaseClocksView</name>
    <message>
        <source>Clock</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Met by whom, when</source>
        <translation>完成人及时间</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>超期完成</translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>What is the department waiting for from the customer? The clocks that may pause stop until the customer answers.</source>
        <translation>部门在等待客户提供什么？可暂停的响应时限将停止计时，直到客户答复。</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>CaseMenu</name>
    <message>
        <source>Select a complaint in the register first.</source>
        <translation>请先在登记表中选择一条客户投诉。</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>Not judged yet</source>
        <translation>尚未判定</translation>
    </message>
    <message>
        <source>Your roles take no step from here.</source>
        <translation>您的角色在此状态下没有可执行的步骤。</translation>
    </message>
    <message>
        <source>%1  %2 → %3, by %4</source>
        <translation>%1  %2 → %3，操作人 %4</translation>
    </message>
    <message>
        <source>Why does the case go to “%1”?</source>
        <translation>此案为什么转到“%1”？</translation>
    </message>
    <message>
        <source>Going to “%1”. A reason or note for the record (optional):</source>
        <translation>转到“%1”。记录的理由或备注（可选）：</translation>
    </message>
    <message>
        <source>Why does this case need no handling proposal?</source>
        <translation>此案为什么不需要拟办意见？</translation>
    </message>
    <message>
        <source>No handling needed</source>
        <translation>无需处理</translation>
    </message>
</context>
<context>
    <name>CaseOverviewForm</name>
    <message>
        <source>Judgement</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>投诉是否成立</translation>
    </message>
    <message>
        <source>Reason (internal)</source>
        <translation>理由（内部）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Save the judgement</source>
        <translation>保存判定</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>No handling needed…</source>
        <translation>无需处理…</translation>
    </message>
    <message>
        <source>Response clocks</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Mark met…</source>
        <translation>标记为已完成…</translation>
    </message>
    <message>
        <source>Start a clock</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <source>Waiting for the customer…</source>
        <translation>等待客户…</translation>
    </message>
    <message>
        <source>The customer answered</source>
        <translation>客户已答复</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Containment</source>
        <translation>临时对策</translation>
    </message>
    <message>
        <source>8D</source>
        <translation>8D</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>效果跟踪</translation>
    </message>
    <message>
        <source>Steps and clocks</source>
        <translation>步骤与时限</translation>
    </message>
    <message>
        <source>Late since %1</source>
        <translation>自 %1 起超期</translation>
    </message>
    <message>
        <source>Next clock due %1</source>
        <translation>下一个时限 %1 到期</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Discard your changes?</source>
        <translation>放弃所做的更改？</translation>
    </message>
    <message>
        <source>Checklist “%1”, from version %2: Save stores it as version %3.</source>
        <translation>检查表“%1”，以第 %2 版为基础：保存后成为第 %3 版。</translation>
    </message>
    <message>
        <source>The key of an item the version had stays: answers are kept under it.</source>
        <translation>该版本已有的项保留原来的键：答案按键保存。</translation>
    </message>
    <message>
        <source>A checklist needs at least one item: add one.</source>
        <translation>检查表至少需要一项：请添加一项。</translation>
    </message>
    <message>
        <source>Nothing differs from version %1: change an item or the name, or cancel.</source>
        <translation>与第 %1 版没有任何不同：请修改某一项或名称，或者取消。</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) marked in the table.</source>
        <translation>
            <numerusform>另有 %n 项已在表中标出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistEditorForm</name>
    <message>
        <source>New checklist version</source>
        <translation>检查表新版本</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>英文标签</translation>
    </message>
    <message>
        <source>Chinese label</source>
        <translation>中文标签</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除项(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Choices of the selected item</source>
        <translation>所选项的选项</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Add &amp;choice</source>
        <translation>添加选项(&amp;C)</translation>
    </message>
    <message>
        <source>Remove c&amp;hoice</source>
        <translation>删除选项(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesForm</name>
    <message>
        <source>Checklist templates</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <source>A visit keeps the checklist version it was planned with. A new version is never a change to an old one: visits planned after it is stored are filled against it.</source>
        <translation>现场调查始终使用安排时的检查表版本。新版本不会改动旧版本：新版本保存之后安排的现场调查才按新版本填写。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>现场调查</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>英文标签</translation>
    </message>
    <message>
        <source>Chinese label</source>
        <translation>中文标签</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>ChecklistWords</name>
    <message>
        <source>Yes / no / not applicable</source>
        <translation>是/否/不适用</translation>
    </message>
    <message>
        <source>Number with unit</source>
        <translation>带单位的数字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>Answer this item: it is required.</source>
        <translation>请填写此项：此项为必填。</translation>
    </message>
    <message>
        <source>Add at least one photo for this item.</source>
        <translation>请为此项至少添加一张照片。</translation>
    </message>
    <message>
        <source>The checklist has no item “{key}”.</source>
        <translation>检查表中没有“{key}”这一项。</translation>
    </message>
    <message>
        <source>Answer yes, no or not applicable.</source>
        <translation>请回答是、否或不适用。</translation>
    </message>
    <message>
        <source>Enter a number, zero or more, in {unit}.</source>
        <translation>请输入以{unit}为单位、大于或等于零的数字。</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>请从给出的选项中选择一项。</translation>
    </message>
    <message>
        <source>Enter the answer as text.</source>
        <translation>请以文字填写答案。</translation>
    </message>
    <message>
        <source>Keep the answer to {limit} characters or fewer.</source>
        <translation>答案不能超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A photo item is answered with photos, not with text.</source>
        <translation>照片项应以照片作答，不能填写文字。</translation>
    </message>
    <message>
        <source>The checklist template&apos;s code must be 1 to 40 lower-case letters, digits or underscores, starting with a letter.</source>
        <translation>检查表模板的代码须为 1 至 40 个小写字母、数字或下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>The checklist template&apos;s version must be a whole number, 1 or more.</source>
        <translation>检查表模板的版本须为大于或等于 1 的整数。</translation>
    </message>
    <message>
        <source>A checklist template holds at most {limit} items.</source>
        <translation>一个检查表模板最多包含 {limit} 项。</translation>
    </message>
    <message>
        <source>The checklist template has two items with the key “{key}”.</source>
        <translation>检查表模板中有两项的键都是“{key}”。</translation>
    </message>
    <message>
        <source>A checklist template file is at most 1 MB; this one is larger.</source>
        <translation>检查表模板文件最大为 1 MB，此文件超过了该大小。</translation>
    </message>
    <message>
        <source>The checklist template is not readable JSON.</source>
        <translation>检查表模板不是可读取的 JSON。</translation>
    </message>
    <message>
        <source>The checklist template names the field “{field}” twice.</source>
        <translation>检查表模板中字段“{field}”出现了两次。</translation>
    </message>
    <message>
        <source>An item&apos;s key must be 1 to 40 lower-case letters, digits or underscores, starting with a letter.</source>
        <translation>项的键须为 1 至 40 个小写字母、数字或下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>The item “{key}” has an unknown kind; use yes/no/not applicable, number with unit, text, choice or photo.</source>
        <translation>项“{key}”的类型未知；请使用是/否/不适用、带单位的数字、文字、选项或照片。</translation>
    </message>
    <message>
        <source>The item “{key}” must say whether it is required (true or false).</source>
        <translation>项“{key}”须注明是否必填（true 或 false）。</translation>
    </message>
    <message>
        <source>Only a number item has a unit; the item “{key}” is not one.</source>
        <translation>只有数字项才有单位；项“{key}”不是数字项。</translation>
    </message>
    <message>
        <source>The number item “{key}” needs a unit.</source>
        <translation>数字项“{key}”需要单位。</translation>
    </message>
    <message>
        <source>The number item “{key}” has a unit this application does not know.</source>
        <translation>数字项“{key}”的单位本程序无法识别。</translation>
    </message>
    <message>
        <source>Only a choice item has choices; the item “{key}” is not one.</source>
        <translation>只有选项项才有选项；项“{key}”不是选项项。</translation>
    </message>
    <message>
        <source>The choice item “{key}” needs at least one choice.</source>
        <translation>选项项“{key}”至少需要一个选项。</translation>
    </message>
    <message>
        <source>A choice&apos;s code in the item “{key}” must be 1 to 40 lower-case letters, digits or underscores, starting with a letter.</source>
        <translation>项“{key}”中选项的代码须为 1 至 40 个小写字母、数字或下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>The item “{key}” offers the choice “{code}” twice.</source>
        <translation>项“{key}”中选项“{code}”出现了两次。</translation>
    </message>
    <message>
        <source>The choice “{code}” of the item “{key}” needs an English or a Chinese label.</source>
        <translation>项“{key}”的选项“{code}”需要英文或中文标签。</translation>
    </message>
    <message>
        <source>The item “{key}” needs an English or a Chinese label.</source>
        <translation>项“{key}”需要英文或中文名称。</translation>
    </message>
    <message>
        <source>The checklist template needs an English or a Chinese name.</source>
        <translation>检查表模板需要英文或中文名称。</translation>
    </message>
    <message>
        <source>A label in the checklist template holds control characters or line breaks.</source>
        <translation>检查表模板中的某个名称含有控制字符或换行。</translation>
    </message>
    <message>
        <source>A label in the checklist template is longer than {limit} characters.</source>
        <translation>检查表模板中的某个名称超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The checklist template has no field “{field}”.</source>
        <translation>检查表模板缺少字段“{field}”。</translation>
    </message>
    <message>
        <source>The checklist template has a field this application does not know: “{field}”.</source>
        <translation>检查表模板含有本程序无法识别的字段：“{field}”。</translation>
    </message>
    <message>
        <source>The checklist template is not laid out as a template: an object with its items.</source>
        <translation>检查表模板的结构不正确：应为包含各项的对象。</translation>
    </message>
    <message>
        <source>The checklist template is nested deeper than a template can be.</source>
        <translation>检查表模板的嵌套层数超出了模板允许的范围。</translation>
    </message>
    <message>
        <source>Version {version} of checklist “{code}” is already stored with other items; give the file version {next} to add it as a new version.</source>
        <translation>检查表“{code}”的第 {version} 版已存在且内容不同；请将文件的版本改为 {next}，作为新版本导入。</translation>
    </message>
    <message>
        <source>There is no checklist “{code}” to fill; import one under Tools first.</source>
        <translation>没有可填写的检查表“{code}”；请先在“工具”中导入。</translation>
    </message>
    <message>
        <source>There is no checklist “{code}”.</source>
        <translation>没有检查表“{code}”。</translation>
    </message>
    <message>
        <source>Checklist “{code}” has no version {version}; its versions are {versions}.</source>
        <translation>检查表“{code}”没有第 {version} 版；现有版本为 {versions}。</translation>
    </message>
    <message>
        <source>The file {name} could not be read: {reason}.</source>
        <translation>无法读取文件 {name}：{reason}。</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text; save it as UTF-8 and import it again.</source>
        <translation>文件 {name} 不是 UTF-8 文本；请另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>Version {version} of this checklist was stored while you edited; cancel, and start again from it.</source>
        <translation>您编辑期间已有人保存了本检查表的第 {version} 版；请取消，并以该版本为基础重新开始。</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a checklist.</source>
        <translation>文件 {name} 过大，不可能是检查表。</translation>
    </message>
</context>
<context>
    <name>ChecklistsDialog</name>
    <message>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>新版本(&amp;N)…</translation>
    </message>
    <message>
        <source>%1 Only a QA engineer or manager imports or edits templates.</source>
        <translation>%1只有QA工程师或品保主管可以导入或编辑模板。</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>%3 holds version %1 of “%2”, stored already with the same items; nothing changed.</source>
        <translation>%3 中是“%2”的第 %1 版，该版本已以相同内容保存；未作任何更改。</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is stored from %3; version %4 stays current.</source>
        <translation>已从 %3 保存“%2”的第 %1 版；当前版本仍为第 %4 版。</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is stored from %3; new visits are filled against it.</source>
        <translation>已从 %3 保存“%2”的第 %1 版；新的现场调查按此版本填写。</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is stored from %3; it is now the current version.</source>
        <translation>已从 %3 保存“%2”的第 %1 版；该版本现为当前版本。</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is stored; it is now the current version.</source>
        <translation>已保存“%2”的第 %1 版；该版本现为当前版本。</translation>
    </message>
    <message>
        <source>Version %1 of “%2” was written to %3.</source>
        <translation>“%2”的第 %1 版已写入 %3。</translation>
    </message>
    <message>
        <source>Import a checklist template</source>
        <translation>导入检查表模板</translation>
    </message>
    <message>
        <source>Checklist templates (*.json)</source>
        <translation>检查表模板 (*.json)</translation>
    </message>
    <message>
        <source>Export a checklist template</source>
        <translation>导出检查表模板</translation>
    </message>
    <message>
        <source>No checklist template is stored.</source>
        <translation>尚未保存任何检查表模板。</translation>
    </message>
    <message>
        <source>Version %1 of “%2”, stored %3 by %4.</source>
        <translation>“%2”的第 %1 版，由 %4 于 %3 保存。</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is stored; new visits are filled against it.</source>
        <translation>已保存“%2”的第 %1 版；新的现场调查按此版本填写。</translation>
    </message>
</context>
<context>
    <name>ChoicesPanel</name>
    <message>
        <source>Choices of item %1 (“%2”): code, English, Chinese</source>
        <translation>第 %1 项（“%2”）的选项：代码、英文、中文</translation>
    </message>
    <message>
        <source>Choices of item %1: code, English, Chinese</source>
        <translation>第 %1 项的选项：代码、英文、中文</translation>
    </message>
    <message>
        <source>Choices: only a choice item has them</source>
        <translation>选项：只有选项类的项才有</translation>
    </message>
</context>
<context>
    <name>ClockMetDialog</name>
    <message>
        <source>Mark met</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>What was done to meet “%1”, and when? It is recorded as met by you.</source>
        <translation>为完成“%1”做了什么，何时完成？将记录为由您完成。</translation>
    </message>
</context>
<context>
    <name>ClockMetForm</name>
    <message>
        <source>When it was met</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>所做的工作</translation>
    </message>
</context>
<context>
    <name>ClockWords</name>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>工作小时</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>内销</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>外销</translation>
    </message>
    <message>
        <source>On receipt</source>
        <translation>受理时开始</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>需要时开始</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Site visit planned</source>
        <translation>已安排现场调查</translation>
    </message>
    <message>
        <source>Containment done</source>
        <translation>临时对策完成</translation>
    </message>
    <message>
        <source>Interim report sent</source>
        <translation>中间报告已发出</translation>
    </message>
    <message>
        <source>Final report sent</source>
        <translation>最终报告已发出</translation>
    </message>
</context>
<context>
    <name>Clocks</name>
    <message>
        <source>The working hours {start}–{end} end before they start; enter the end after the start.</source>
        <translation>工作时段 {start}–{end} 的结束早于开始；请输入晚于开始的结束时间。</translation>
    </message>
    <message>
        <source>The working hours {first} and {second} overlap; make each span end before the next begins.</source>
        <translation>工作时段 {first} 与 {second} 重叠；请让每个时段在下一个时段开始前结束。</translation>
    </message>
    <message>
        <source>The calendar has no working hours; enter at least one span of hours.</source>
        <translation>工作日历没有工作时段；请至少输入一个时段。</translation>
    </message>
    <message>
        <source>The calendar has no working weekday; choose at least one day of the week.</source>
        <translation>工作日历没有工作的星期几；请至少选择一周中的一天。</translation>
    </message>
    <message>
        <source>The weekday {day} is not one of 1 (Monday) to 7 (Sunday).</source>
        <translation>星期几 {day} 不在 1（星期一）到 7（星期日）之间。</translation>
    </message>
    <message>
        <source>The day {day} is both a public holiday and a make-up working day; keep it in only one list.</source>
        <translation>{day} 既是法定节假日又是调休上班日；请只保留在其中一个列表中。</translation>
    </message>
    <message>
        <source>The file is not a working calendar this application can read; start from the one it ships.</source>
        <translation>该文件不是本程序能读取的工作日历；请以程序自带的工作日历为基础修改。</translation>
    </message>
    <message>
        <source>The time zone {zone} is not known; choose one from the list of zones.</source>
        <translation>时区 {zone} 无法识别；请从时区列表中选择。</translation>
    </message>
    <message>
        <source>The date {value} is not a date written as YYYY-MM-DD.</source>
        <translation>日期 {value} 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>The time {value} is not a time written as HH:MM.</source>
        <translation>时间 {value} 不是 HH:MM 格式的时间。</translation>
    </message>
    <message>
        <source>The clock {name} needs an amount greater than zero, not {amount}.</source>
        <translation>响应时限“{name}”的时长必须大于零，不能是 {amount}。</translation>
    </message>
    <message>
        <source>The clock {name} counts working days, so its amount must be a whole number.</source>
        <translation>响应时限“{name}”按工作日计算，时长必须是整数。</translation>
    </message>
    <message>
        <source>The clock {name} has the unknown unit {unit}.</source>
        <translation>响应时限“{name}”的单位 {unit} 无法识别。</translation>
    </message>
    <message>
        <source>The clock {name} applies to the unknown market {market}.</source>
        <translation>响应时限“{name}”适用的市场 {market} 无法识别。</translation>
    </message>
    <message>
        <source>The clock {name} has the unknown start {start}.</source>
        <translation>响应时限“{name}”的起算方式 {start} 无法识别。</translation>
    </message>
    <message>
        <source>The clock {name} is met by the unknown event {event}.</source>
        <translation>响应时限“{name}”的完成事件 {event} 无法识别。</translation>
    </message>
    <message>
        <source>A pause cannot end before it starts.</source>
        <translation>暂停的结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>Two clocks have the code {code}; give each its own.</source>
        <translation>有两个响应时限的代码都是 {code}；请给每个时限不同的代码。</translation>
    </message>
    <message>
        <source>Keep at least one response clock.</source>
        <translation>请至少保留一个响应时限。</translation>
    </message>
    <message>
        <source>{case} has no response clock {name}.</source>
        <translation>{case} 没有响应时限“{name}”。</translation>
    </message>
    <message>
        <source>The clock {name} of {case} was met already, at {at}.</source>
        <translation>{case} 的响应时限“{name}”已于 {at} 按时完成。</translation>
    </message>
    <message>
        <source>The clock {name} of {case} is running already.</source>
        <translation>{case} 的响应时限“{name}”已在计时。</translation>
    </message>
    <message>
        <source>The clock {name} starts by itself when a complaint is registered.</source>
        <translation>响应时限“{name}”在客户投诉立案时自动开始计时。</translation>
    </message>
    <message>
        <source>A clock cannot be met later than now.</source>
        <translation>完成时间不能晚于现在。</translation>
    </message>
    <message>
        <source>A clock cannot be met before it started, at {at}.</source>
        <translation>完成时间不能早于开始计时的时间 {at}。</translation>
    </message>
    <message>
        <source>Write what was done to meet the clock {name}.</source>
        <translation>请填写为完成响应时限“{name}”所做的工作。</translation>
    </message>
    <message>
        <source>{case} is already waiting for the customer.</source>
        <translation>{case} 已处于等待客户状态。</translation>
    </message>
    <message>
        <source>{case} is not waiting for the customer.</source>
        <translation>{case} 未处于等待客户状态。</translation>
    </message>
    <message>
        <source>Write what the department is waiting for.</source>
        <translation>请填写部门在等待客户提供什么。</translation>
    </message>
    <message>
        <source>Shorten this text to at most {limit} characters.</source>
        <translation>请将此文本缩短到不超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Not needed: the complaint was judged invalid.</source>
        <translation>无需完成：投诉已判定不成立。</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a working calendar.</source>
        <translation>文件 {name} 太大，不可能是工作日历。</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text, so it is not a working calendar.</source>
        <translation>文件 {name} 不是 UTF-8 文本，因此不是工作日历。</translation>
    </message>
    <message>
        <source>The file {name} could not be read: {reason}.</source>
        <translation>无法读取文件 {name}：{reason}。</translation>
    </message>
    <message>
        <source>The package knows holidays up to {year}; enter later years by hand.</source>
        <translation>该软件包只有截至 {year} 年的节假日；以后的年份请手动录入。</translation>
    </message>
    <message>
        <source>The package knows holidays from {year} on; enter earlier years by hand.</source>
        <translation>该软件包只有 {year} 年起的节假日；更早的年份请手动录入。</translation>
    </message>
    <message>
        <source>The chinese-calendar package is not installed here; enter the holidays by hand.</source>
        <translation>本机未安装 chinese-calendar 软件包；请手动录入节假日。</translation>
    </message>
    <message>
        <source>China {year}: public holidays and make-up working days from the chinese-calendar package {version}; check them against the State Council&apos;s notice.</source>
        <translation>中国 {year} 年：法定节假日和调休上班日取自 chinese-calendar 软件包 {version}；请对照国务院的通知核对。</translation>
    </message>
    <message>
        <source>Give the clock a name in English.</source>
        <translation>请填写该时限的英文名称。</translation>
    </message>
    <message>
        <source>Give the clock a name in Chinese.</source>
        <translation>请填写该时限的中文名称。</translation>
    </message>
    <message>
        <source>Another clock is named {name}; give each clock its own name.</source>
        <translation>已有时限名为 {name}；每个时限的名称须各不相同。</translation>
    </message>
    <message>
        <source>Enter the time allowed as a number such as 4, 1.5 or 48, not {amount}.</source>
        <translation>时长请填写数字，如 4、1.5 或 48，而不是 {amount}。</translation>
    </message>
    <message>
        <source>A clock in hours runs at most {limit} hours (a year); enter a smaller amount.</source>
        <translation>按小时计的时限最长 {limit} 小时（一年）；请填写更小的数值。</translation>
    </message>
    <message>
        <source>A clock in working hours runs at most {limit} working hours (about a year); enter a smaller amount.</source>
        <translation>按工作小时计的时限最长 {limit} 个工作小时（约一年）；请填写更小的数值。</translation>
    </message>
    <message>
        <source>A clock in working days runs at most {limit} working days (about a year); enter a smaller amount.</source>
        <translation>按工作日计的时限最长 {limit} 个工作日（约一年）；请填写更小的数值。</translation>
    </message>
    <message>
        <source>Keep at least one response clock in use: a new case needs one.</source>
        <translation>请至少保留一个使用中的响应时限：新客诉需要它。</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters; say where the lists come from briefly.</source>
        <translation>备注超过 {limit} 个字符；请简要说明列表的来源。</translation>
    </message>
    <message>
        <source>The calendar holds too many days to be stored; remove years long past.</source>
        <translation>日历中的日期太多，无法存储；请删除早已过去的年份。</translation>
    </message>
    <message>
        <source>The working calendar has no public holidays for {year}: until they are added, the response clocks count that year&apos;s holidays as working days.</source>
        <translation>工作日历中没有{year}年的法定节假日：补录之前，响应时限会把该年的节假日算作工作日。</translation>
    </message>
    <message>
        <source>The working calendar has no public holidays for {years}: until they are added, the response clocks count those years&apos; holidays as working days.</source>
        <translation>工作日历中没有{years}年的法定节假日：补录之前，响应时限会把这些年份的节假日算作工作日。</translation>
    </message>
</context>
<context>
    <name>ClocksDialog</name>
    <message>
        <source>%1 Only an administrator changes them.</source>
        <translation>%1 只有管理员可以修改。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>放弃所做的更改？</translation>
    </message>
    <message>
        <source>working-calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Import a working calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>Calendar (*.json)</source>
        <translation>日历 (*.json)</translation>
    </message>
    <message>
        <source>Export the working calendar</source>
        <translation>导出工作日历</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is marked in red.</source>
        <translation>未保存：请更正红色标出的内容。</translation>
    </message>
</context>
<context>
    <name>ClocksDialogForm</name>
    <message>
        <source>Response clocks and calendar</source>
        <translation>响应时限与工作日历</translation>
    </message>
    <message>
        <source>The response clocks every case gets, and the working calendar their working hours and days follow. A change applies to clocks that start after you save; clocks already running keep their rule.</source>
        <translation>每个客诉都有的响应时限，以及其中工作小时和工作日所依据的工作日历。修改只对保存后开始计时的时限生效；已在计时的时限沿用原规则。</translation>
    </message>
    <message>
        <source>Response clocks</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Time allowed</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>May pause</source>
        <translation>可暂停</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>完成方式</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>&amp;Add clock</source>
        <translation>添加时限(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Hours run round the clock; working hours and working days follow the calendar. A clock that may pause stops while the case waits for the customer. One that starts when needed is started on a case that needs it (a complex case). One met by hand is marked met by a person, with a note. A retired clock starts on no new case; cases that have it keep it.</source>
        <translation>“小时”全天连续计时；“工作小时”和“工作日”按工作日历计算。可暂停的时限在等待客户期间停止计时。“需要时开始”的时限只在需要它的客诉（如复杂情况）上开始计时。“手动”完成的时限由人工标记完成并附说明。停用的时限不再用于新客诉；已有该时限的客诉保留它。</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>时区(&amp;T)</translation>
    </message>
    <message>
        <source>Working weekdays</source>
        <translation>每周工作日</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Add &amp;span</source>
        <translation>添加时段(&amp;S)</translation>
    </message>
    <message>
        <source>Remove span</source>
        <translation>删除时段</translation>
    </message>
    <message>
        <source>&amp;Note: where the lists come from</source>
        <translation>备注：列表的来源(&amp;N)</translation>
    </message>
    <message>
        <source>Public holidays and make-up working days</source>
        <translation>法定节假日与调休上班日</translation>
    </message>
    <message>
        <source>Add as &amp;holiday</source>
        <translation>设为节假日(&amp;H)</translation>
    </message>
    <message>
        <source>Add as &amp;make-up day</source>
        <translation>设为调休上班日(&amp;M)</translation>
    </message>
    <message>
        <source>Public holidays (days off)</source>
        <translation>法定节假日（休息）</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected days</source>
        <translation>删除所选日期(&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;China&apos;s public holidays for year</source>
        <translation>添加中国法定节假日，年份(&amp;C)</translation>
    </message>
    <message>
        <source>Check against the State Council&apos;s notice</source>
        <translation>对照国务院通知核对</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>日历文件</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ClosedCase</name>
    <message>
        <source>Read only: your roles may not edit complaints.</source>
        <translation>只读：您的角色无权编辑客诉。</translation>
    </message>
</context>
<context>
    <name>CoilForms</name>
    <message>
        <source>Give at most {n} forms.</source>
        <translation>最多填写 {n} 种格式。</translation>
    </message>
    <message>
        <source>A form has at most {n} characters: {form}</source>
        <translation>一种格式最多 {n} 个字符：{form}</translation>
    </message>
    <message>
        <source>“{char}” cannot be part of a coil number. Write a form as the number is printed, with # for a digit, @ for a letter, ? for either and * for any characters, e.g. S##@####-##.</source>
        <translation>钢卷号中不能有“{char}”。请按钢卷号的印刷样式填写格式：# 代表一位数字，@ 代表一个字母，? 代表字母或数字，* 代表任意字符，例如 S##@####-##。</translation>
    </message>
    <message>
        <source>A form may use * at most {n} times: {form}</source>
        <translation>一种格式中 * 最多使用 {n} 次：{form}</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>1 位数字</translation>
    </message>
    <message>
        <source>{n} digits</source>
        <translation>{n} 位数字</translation>
    </message>
    <message>
        <source>a letter</source>
        <translation>1 个字母</translation>
    </message>
    <message>
        <source>{n} letters</source>
        <translation>{n} 个字母</translation>
    </message>
    <message>
        <source>a letter or digit</source>
        <translation>1 个字母或数字</translation>
    </message>
    <message>
        <source>{n} letters or digits</source>
        <translation>{n} 个字母或数字</translation>
    </message>
    <message>
        <source>any characters</source>
        <translation>任意字符</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Any coil number of 4 to 24 letters, digits and - / ., starting with a letter or digit.</source>
        <translation>任意 4 至 24 位的钢卷号：字母、数字及 - / .，以字母或数字开头。</translation>
    </message>
</context>
<context>
    <name>CoilTable</name>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Close the form and lose what you typed?</source>
        <translation>关闭表单并丢弃已输入的内容？</translation>
    </message>
    <message>
        <source>Files are still being added: wait, or stop adding them.</source>
        <translation>附件仍在添加中：请等待，或停止添加。</translation>
    </message>
    <message>
        <source>Choose or type a new name</source>
        <translation>选择或输入新客户名称</translation>
    </message>
    <message>
        <source>Save the complaint (Ctrl+S)</source>
        <translation>保存客诉（Ctrl+S）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建客诉</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>客诉 %1</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>未保存：请更正红色标出的字段。</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Complaint</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>Customer and receipt</source>
        <translation>客户与受理</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Choose a customer or type a new name; a new customer is created when you save</source>
        <translation>选择客户或输入新名称；保存时自动建立新客户</translation>
    </message>
    <message>
        <source>Customer&apos;s complaint no.</source>
        <translation>客户投诉单号</translation>
    </message>
    <message>
        <source>The customer&apos;s own reference for this complaint</source>
        <translation>客户自己的投诉单编号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>How the complaint arrived</source>
        <translation>客诉的来源渠道</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Domestic / export</source>
        <translation>内销/外销</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Who sells to this customer</source>
        <translation>负责该客户的业务员</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Who handles this case</source>
        <translation>本案的负责人</translation>
    </message>
    <message>
        <source>Product and traceability</source>
        <translation>产品与追溯</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Material no.</source>
        <translation>物料编号</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>e.g. 304 2B 1.0 × 1219 mm</source>
        <translation>例：304 2B 1.0 × 1219 mm</translation>
    </message>
    <message>
        <source>Order / contract no.</source>
        <translation>订单号/合同号</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>发货单号</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Tick when the ship date is known</source>
        <translation>已知发货日期时勾选</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Shipped quantity</source>
        <translation>发货数量</translation>
    </message>
    <message>
        <source>Unit of the shipped quantity</source>
        <translation>发货数量的单位</translation>
    </message>
    <message>
        <source>Date code</source>
        <translation>生产日期码</translation>
    </message>
    <message>
        <source>Mill certificate no.</source>
        <translation>质保书编号</translation>
    </message>
    <message>
        <source>Category and defect</source>
        <translation>投诉类别与不良</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Major, serious or general: decides how fast and by whom the case is handled</source>
        <translation>重大、严重或一般：决定处理时限与处理人</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>不良类型</translation>
    </message>
    <message>
        <source>Defect (other)</source>
        <translation>不良类型（其他）</translation>
    </message>
    <message>
        <source>Say what the defect is</source>
        <translation>请说明是什么不良</translation>
    </message>
    <message>
        <source>Defect rate (%)</source>
        <translation>不良率（%）</translation>
    </message>
    <message>
        <source>e.g. 14.3</source>
        <translation>例：14.3</translation>
    </message>
    <message>
        <source>Affected quantity</source>
        <translation>不良数量</translation>
    </message>
    <message>
        <source>Unit of the affected quantity</source>
        <translation>不良数量的单位</translation>
    </message>
    <message>
        <source>Goods at the customer</source>
        <translation>客户处货物状态</translation>
    </message>
    <message>
        <source>Where the defective goods are now</source>
        <translation>不良品目前所在状态</translation>
    </message>
    <message>
        <source>Samples returned</source>
        <translation>是否退回样品</translation>
    </message>
    <message>
        <source>Whether the customer sends samples back</source>
        <translation>客户是否退回样品</translation>
    </message>
    <message>
        <source>Customer&apos;s claim</source>
        <translation>客户索赔金额</translation>
    </message>
    <message>
        <source>The amount the customer claims: their figure, not ours</source>
        <translation>客户提出的索赔金额：是客户的数字，不是我方的</translation>
    </message>
    <message>
        <source>Their figure</source>
        <translation>客户提出的金额</translation>
    </message>
    <message>
        <source>Currency of the customer&apos;s claim</source>
        <translation>客户索赔金额的币种</translation>
    </message>
    <message>
        <source>Coils and lots</source>
        <translation>钢卷与批号</translation>
    </message>
    <message>
        <source>One line per coil, lot or serial number the complaint is about</source>
        <translation>每个涉及的钢卷号、批号或序列号一行</translation>
    </message>
    <message>
        <source>Coil / lot no.</source>
        <translation>钢卷号/批号</translation>
    </message>
    <message>
        <source>Heat no.</source>
        <translation>炉号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>钢种</translation>
    </message>
    <message>
        <source>Thickness (mm)</source>
        <translation>厚度（mm）</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>宽度（mm）</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>表面</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove the lines of the selected cells</source>
        <translation>删除所选单元格所在的行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Customer&apos;s report</source>
        <translation>客户反映</translation>
    </message>
    <message>
        <source>Description of the defect</source>
        <translation>不良现象描述</translation>
    </message>
    <message>
        <source>What, where, when found, how many</source>
        <translation>什么不良、在何处、何时发现、数量多少</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Return, replacement, compensation, sorting…</source>
        <translation>退货、换货、赔偿、挑选…</translation>
    </message>
    <message>
        <source>Internal note — not printed for the customer</source>
        <translation>内部备注 — 不打印给客户</translation>
    </message>
    <message>
        <source>For the department only: never printed on documents for the customer</source>
        <translation>仅限部门内部：不会打印在给客户的文件上</translation>
    </message>
    <message>
        <source>Names in bold are required.</source>
        <translation>粗体字段为必填。</translation>
    </message>
</context>
<context>
    <name>ComplaintPdf</name>
    <message>
        <source>Customer Complaint Handling Form</source>
        <translation>客户投诉处理单</translation>
    </message>
    <message>
        <source>No coil or lot recorded.</source>
        <translation>未登记钢卷或批号。</translation>
    </message>
    <message>
        <source>Internal: not for the customer</source>
        <translation>内部资料，不得提供给客户</translation>
    </message>
    <message>
        <source>The proposed handling is preliminary; it takes effect only when the general manager has signed it.</source>
        <translation>拟办意见仅为初步意见，经总经理批准签字前不生效。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>续</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>客诉编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer&apos;s complaint no.</source>
        <translation>客户投诉单号</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Mill certificate no.</source>
        <translation>质保书编号</translation>
    </message>
    <message>
        <source>Customer&apos;s claim (their figure)</source>
        <translation>客户索赔金额</translation>
    </message>
    <message>
        <source>Samples returned</source>
        <translation>是否退回样品</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Received via</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Domestic / export</source>
        <translation>内销/外销</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Material no.</source>
        <translation>物料编号</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Order / contract no.</source>
        <translation>订单号/合同号</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>发货单号</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Shipped quantity</source>
        <translation>发货数量</translation>
    </message>
    <message>
        <source>Date code</source>
        <translation>生产日期码</translation>
    </message>
    <message>
        <source>Days from shipment to complaint</source>
        <translation>发货至投诉天数</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>不良类型</translation>
    </message>
    <message>
        <source>Description as reported</source>
        <translation>客户反映的不良现象</translation>
    </message>
    <message>
        <source>Defect rate</source>
        <translation>不良率</translation>
    </message>
    <message>
        <source>Affected quantity</source>
        <translation>不良数量</translation>
    </message>
    <message>
        <source>State of the goods at the customer</source>
        <translation>货物状态</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>Product and traceability</source>
        <translation>产品与追溯</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>不良情况</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Handling and sign-off</source>
        <translation>处理与审批</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>临时对策</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Proposed handling</source>
        <translation>拟办意见</translation>
    </message>
    <message>
        <source>Prepared by (QA engineer)</source>
        <translation>编制（品保工程师）</translation>
    </message>
    <message>
        <source>Reviewed by (QA manager)</source>
        <translation>审核（品保主管）</translation>
    </message>
    <message>
        <source>Approved by (general manager)</source>
        <translation>批准（总经理）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Coil / lot no.</source>
        <translation>钢卷号/批号</translation>
    </message>
    <message>
        <source>Heat no.</source>
        <translation>炉号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>钢种</translation>
    </message>
    <message>
        <source>Thickness × width (mm)</source>
        <translation>厚度×宽度（mm）</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>表面</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>No font has these characters; they print as {mark}: {places}.</source>
        <translation>以下字符没有可用的字体，打印为 {mark}：{places}。</translation>
    </message>
    <message>
        <source>{characters} in {field}</source>
        <translation>{field}中的 {characters}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{column} (line {line})</source>
        <translation>{column}（第 {line} 行）</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>This complaint no longer exists.</source>
        <translation>该客诉已不存在。</translation>
    </message>
    <message>
        <source>{case} was changed by {user} after you opened it; reopen it to see that change.</source>
        <translation>{case} 在您打开后已被 {user} 修改；请重新打开以查看该修改。</translation>
    </message>
    <message>
        <source>There is no complaint {case}.</source>
        <translation>没有客诉 {case}。</translation>
    </message>
</context>
<context>
    <name>CompleteStepDialog</name>
    <message>
        <source>Complete the step</source>
        <translation>完成此步骤</translation>
    </message>
    <message>
        <source>Completing signs the step as it is saved with your electronic signature. A later change of its content reopens it and voids the signature.</source>
        <translation>完成即以您的电子签名签署此步骤已保存的内容。之后若更改其内容，此步骤将重新打开，签名作废。</translation>
    </message>
    <message>
        <source>Your password (your signature)</source>
        <translation>您的密码（即您的签名）</translation>
    </message>
    <message>
        <source>Complete and sign</source>
        <translation>完成并签名</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>This conflict was settled or its record removed meanwhile.</source>
        <translation>此冲突已被处理，或其记录已被删除。</translation>
    </message>
    <message>
        <source>Choose this database&apos;s value or the pack&apos;s.</source>
        <translation>请选择本数据库的值或调查包中的值。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>检查表答案</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Heat no.</source>
        <translation>炉号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>钢种</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Defective among used</source>
        <translation>已使用中不良</translation>
    </message>
    <message>
        <source>Defective among unused</source>
        <translation>未使用中不良</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Visit {number} of {case}</source>
        <translation>{case} 第 {number} 次现场调查</translation>
    </message>
    <message>
        <source>Visit {number} of {case}, coil {coil}</source>
        <translation>{case} 第 {number} 次现场调查，钢卷 {coil}</translation>
    </message>
    <message>
        <source>Visit {number} of {case}, photo {name}</source>
        <translation>{case} 第 {number} 次现场调查，照片 {name}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>No conflicts are waiting for a choice.</source>
        <translation>没有待选择的冲突。</translation>
    </message>
    <message>
        <source>Choose which value to keep for at least one field.</source>
        <translation>请至少为一个字段选择要保留的值。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>This database&apos;s</source>
        <translation>本数据库的</translation>
    </message>
    <message>
        <source>The laptop&apos;s</source>
        <translation>外勤电脑的</translation>
    </message>
</context>
<context>
    <name>ConflictsForm</name>
    <message>
        <source>Visit pack conflicts</source>
        <translation>现场调查包冲突</translation>
    </message>
    <message>
        <source>These fields were changed both here and on the field laptop since the pack was made. Each keeps this database&apos;s value until you choose; nothing is overwritten without a choice.</source>
        <translation>自调查包生成以来，以下字段在本机和外勤电脑上都被修改过。在您选择之前保留本数据库的值；未经选择不会覆盖任何内容。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <source>The field laptop</source>
        <translation>外勤电脑</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep all of this database&apos;s</source>
        <translation>全部保留本数据库的</translation>
    </message>
    <message>
        <source>Take all of the laptop&apos;s</source>
        <translation>全部采用外勤电脑的</translation>
    </message>
</context>
<context>
    <name>Containment</name>
    <message>
        <source>quantity checked</source>
        <translation>排查数量</translation>
    </message>
    <message>
        <source>quantity held</source>
        <translation>冻结数量</translation>
    </message>
    <message>
        <source>defective quantity</source>
        <translation>不良数量</translation>
    </message>
    <message>
        <source>quantity released</source>
        <translation>放行数量</translation>
    </message>
    <message>
        <source>coil or lot numbers</source>
        <translation>钢卷号/批号</translation>
    </message>
    <message>
        <source>marking of OK material</source>
        <translation>合格品标识</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Line {line}: the {field} is not a number.</source>
        <translation>第 {line} 行：{field}不是数字。</translation>
    </message>
    <message>
        <source>Line {line}: the {field} is too large.</source>
        <translation>第 {line} 行：{field}过大。</translation>
    </message>
    <message>
        <source>Line {line}: the {field} cannot be negative.</source>
        <translation>第 {line} 行：{field}不能为负数。</translation>
    </message>
    <message>
        <source>Line {line}: the {field} has more than three decimals.</source>
        <translation>第 {line} 行：{field}的小数超过三位。</translation>
    </message>
    <message>
        <source>Line {line}: enter the quantity checked; the {field} is counted among it.</source>
        <translation>第 {line} 行：请输入排查数量；{field}包含在排查数量之内。</translation>
    </message>
    <message>
        <source>Line {line}: the {field} ({part}) cannot exceed the quantity checked ({checked}).</source>
        <translation>第 {line} 行：{field}（{part}）不能超过排查数量（{checked}）。</translation>
    </message>
    <message>
        <source>Line {line}: released ({released}) and defective ({defective}) together exceed the quantity checked ({checked}); released material is the OK part only.</source>
        <translation>第 {line} 行：放行数量（{released}）与不良数量（{defective}）之和超过排查数量（{checked}）；放行的只能是合格部分。</translation>
    </message>
    <message>
        <source>Line {line}: say how the released OK material is marked.</source>
        <translation>第 {line} 行：请说明放行的合格品如何标识。</translation>
    </message>
    <message>
        <source>Line {line}: choose where the material is.</source>
        <translation>第 {line} 行：请选择物料所在位置。</translation>
    </message>
    <message>
        <source>Line {line}: choose the unit of its quantities.</source>
        <translation>第 {line} 行：请选择数量的单位。</translation>
    </message>
    <message>
        <source>Line {line}: the {field} is at most {n} characters.</source>
        <translation>第 {line} 行：{field}最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Line {line} counts coil {coil} of the site visit again (as line {other} does); count it once.</source>
        <translation>第 {line} 行重复计入了现场调查的钢卷 {coil}（第 {other} 行已计入）；只能计入一次。</translation>
    </message>
    <message>
        <source>A case holds at most {n} containment lines.</source>
        <translation>一个客诉最多 {n} 条临时对策明细行。</translation>
    </message>
    <message>
        <source>Line {line} differs from coil {coil} of site visit {visit}, which now counts {checked} {unit}, {defective} of them defective.</source>
        <translation>第 {line} 行与现场调查 {visit} 的钢卷 {coil} 不一致：现场调查现记为 {checked} {unit}，其中不良 {defective}。</translation>
    </message>
    <message>
        <source>Line {line} was taken from a coil line of a site visit that no longer lists it.</source>
        <translation>第 {line} 行取自现场调查的钢卷行，但该现场调查已不再包含此行。</translation>
    </message>
    <message>
        <source>The containment of {case} was saved by {user} after you opened it; open it again to see their lines.</source>
        <translation>您打开后，{user} 保存了 {case} 的临时对策；请重新打开以查看其明细行。</translation>
    </message>
    <message>
        <source>Line {line} is not a containment line of {case}.</source>
        <translation>第 {line} 行不是 {case} 的临时对策明细行。</translation>
    </message>
    <message>
        <source>Line {line} is line {other} again; a line is saved once.</source>
        <translation>第 {line} 行与第 {other} 行是同一行；每行只能保存一次。</translation>
    </message>
    <message>
        <source>Line {line} is taken from a coil line that is not of a site visit of {case}.</source>
        <translation>第 {line} 行取自的钢卷行不属于 {case} 的现场调查。</translation>
    </message>
</context>
<context>
    <name>ContainmentPanel</name>
    <message>
        <source>Nothing to save: the lines are as stored.</source>
        <translation>无需保存：明细行与已保存的相同。</translation>
    </message>
    <message>
        <source>From the site visit: %1 lines added, %2 updated; save to keep them.</source>
        <translation>取自现场调查：新增 %1 行，更新 %2 行；请保存。</translation>
    </message>
    <message>
        <source>The lines already hold what the finished site visit counted.</source>
        <translation>明细行已包含已完成的现场调查所清点的数量。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save every containment line of the case (Ctrl+S)</source>
        <translation>保存本客诉的全部临时对策明细行 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>The case has no finished site visit with coil lines.</source>
        <translation>本客诉没有含钢卷行的已完成现场调查。</translation>
    </message>
    <message>
        <source>Take from the site visit to bring its figures in.</source>
        <translation>点击“取自现场调查”以带入其数量。</translation>
    </message>
    <message numerus="yes">
        <source>Lines with a problem, not counted until corrected: %n</source>
        <translation>
            <numerusform>有问题的行（更正前不计入合计）：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>All places</source>
        <translation>全部位置</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is marked in red.</source>
        <translation>未保存：请更正红色标出的内容。</translation>
    </message>
    <message>
        <source>No containment recorded yet.</source>
        <translation>尚未记录临时对策。</translation>
    </message>
    <message>
        <source>Saved by %1 at %2.</source>
        <translation>%1 于 %2 保存。</translation>
    </message>
    <message>
        <source>Suspect material at every place it can be: how much was checked, put on HOLD, found defective and released as OK (with how it is marked). Held, defective and released are counted among the quantity checked.</source>
        <translation>可疑物料可能所在的每个位置：排查了多少、冻结 (HOLD) 多少、发现不良多少、作为合格品放行多少（及其标识方式）。冻结、不良和放行数量均包含在排查数量之内。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Coil / lot no.</source>
        <translation>钢卷号/批号</translation>
    </message>
    <message>
        <source>Quantity
checked</source>
        <translation>排查
数量</translation>
    </message>
    <message>
        <source>Held
(HOLD)</source>
        <translation>冻结
(HOLD)</translation>
    </message>
    <message>
        <source>Found
defective</source>
        <translation>不良
数量</translation>
    </message>
    <message>
        <source>Released
as OK</source>
        <translation>合格
放行</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Marking of
OK material</source>
        <translation>合格品
标识</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove the lines of the selected cells</source>
        <translation>删除所选单元格所在的行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Add the quantities used and unused that the finished site visit counted, or bring in what it counts now</source>
        <translation>添加已完成的现场调查所清点的已使用和未使用数量，或带入其当前数量</translation>
    </message>
    <message>
        <source>Take from the site visit</source>
        <translation>取自现场调查</translation>
    </message>
    <message>
        <source>Totals per place</source>
        <translation>按位置合计</translation>
    </message>
    <message>
        <source>Neither defective
nor released</source>
        <translation>既非不良
也未放行</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>Choose domestic or export.</source>
        <translation>请选择内销或外销。</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com.</source>
        <translation>电子邮箱的格式如 name@example.com。</translation>
    </message>
    <message>
        <source>There is already a customer called {name}.</source>
        <translation>已有名为 {name} 的客户。</translation>
    </message>
    <message>
        <source>{name} is an old spelling of {kept}: edit {kept} instead.</source>
        <translation>{name} 是 {kept} 的旧名称：请改为编辑 {kept}。</translation>
    </message>
    <message>
        <source>{name} was changed by {user} after you opened it; open it again to see that change.</source>
        <translation>您打开 {name} 后，{user} 修改了它；请重新打开以查看该修改。</translation>
    </message>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>客户不能合并到其自身。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>{name} has been merged into {kept}; choose {kept} instead.</source>
        <translation>{name} 已合并到 {kept}；请改选 {kept}。</translation>
    </message>
</context>
<context>
    <name>CustomersDialog</name>
    <message>
        <source>1 customer</source>
        <translation>1 个客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in use: not offered when a complaint is registered</source>
        <translation>未使用：登记客诉时不提供</translation>
    </message>
    <message>
        <source>1 complaint</source>
        <translation>1 条客诉</translation>
    </message>
    <message numerus="yes">
        <source>%n complaints</source>
        <translation>
            <numerusform>%n 条客诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Also found as: %1</source>
        <translation>以下旧写法也能找到此客户：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>A new customer: it is added when you save it.</source>
        <translation>新客户：保存后即添加。</translation>
    </message>
    <message>
        <source>Discard your changes to this customer?</source>
        <translation>放弃对此客户所做的更改？</translation>
    </message>
    <message>
        <source>Not saved: correct what is marked in red.</source>
        <translation>未保存：请更正红色标出的内容。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Choose the customer to keep and the spelling.</source>
        <translation>请选择保留的客户和并入的写法。</translation>
    </message>
    <message>
        <source>Merge %1 into %2?

All complaints of %1 move to %2. %1 is no longer listed; typing it finds %2.</source>
        <translation>将 %1 合并到 %2？

%1 的全部客诉将移到 %2 名下。%1 不再列出；输入它会找到 %2。</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>未合并：%1</translation>
    </message>
    <message>
        <source>Merged %1 into %2: 1 complaint moved.</source>
        <translation>已将 %1 合并到 %2：移动了 1 条客诉。</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n complaints moved.</source>
        <translation>
            <numerusform>已将 %1 合并到 %2：移动了 %n 条客诉。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersForm</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Find: name, English name or pinyin (fs, foshan)</source>
        <translation>查找：名称、英文名称或拼音（fs、foshan）</translation>
    </message>
    <message>
        <source>Type part of a name, its English name, its pinyin (foshan) or the pinyin&apos;s first letters (fs)</source>
        <translation>输入名称或英文名称的一部分、拼音（foshan）或拼音首字母（fs）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客诉数</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Start a new customer on the right; Save customer adds it</source>
        <translation>在右侧填写新客户；点击“保存客户”即添加</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>The name as complaints are registered under it; it must differ from every other customer&apos;s</source>
        <translation>登记客诉时使用的名称；不得与其他客户重名</translation>
    </message>
    <message>
        <source>Domestic / export</source>
        <translation>内销/外销</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>In use (offered when a complaint is registered)</source>
        <translation>使用中（登记客诉时可选）</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>保存客户</translation>
    </message>
    <message>
        <source>Merge two spellings of one customer</source>
        <translation>合并同一客户的两种写法</translation>
    </message>
    <message>
        <source>The complaints of the spelling to merge move to the customer to keep. The old spelling is no longer listed, but typing it still finds the customer kept.</source>
        <translation>并入写法下的客诉将移到保留的客户名下。旧写法不再列出，但输入旧写法仍能找到保留的客户。</translation>
    </message>
    <message>
        <source>Customer to keep</source>
        <translation>保留的客户</translation>
    </message>
    <message>
        <source>Spelling to merge into it</source>
        <translation>并入的写法</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is read-only: QA Desktop needs to write to it.</source>
        <translation>{path} 是只读的：QA Desktop 需要写入该文件。</translation>
    </message>
    <message>
        <source>{path} is damaged ({found}); nothing was changed.</source>
        <translation>{path} 已损坏（{found}）；未做任何更改。</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a QA Desktop database: choose another file, or delete this one to start a new database there.</source>
        <translation>{path} 是空文件，不是 QA Desktop 数据库：请选择其他文件，或删除该文件后在此新建数据库。</translation>
    </message>
    <message>
        <source>{path} is not a QA Desktop database (it is not an SQLite file).</source>
        <translation>{path} 不是 QA Desktop 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program, not a QA Desktop database.</source>
        <translation>{path} 是其他程序的 SQLite 文件，不是 QA Desktop 数据库。</translation>
    </message>
    <message>
        <source>{path} has no schema version: it is not a QA Desktop database.</source>
        <translation>{path} 没有结构版本：不是 QA Desktop 数据库。</translation>
    </message>
    <message>
        <source>{path} has an unreadable schema version ({version}).</source>
        <translation>{path} 的结构版本无法识别（{version}）。</translation>
    </message>
    <message>
        <source>{path} was written by a newer QA Desktop (schema {version}; this version reads up to {current}): install the newer version to open it.</source>
        <translation>{path} 由更新版本的 QA Desktop 写入（结构版本 {version}；本版本最高只能读取 {current}）：请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Restore it from a backup, e.g. {name} beside it.</source>
        <translation>请用备份恢复，例如同一文件夹中的 {name}。</translation>
    </message>
    <message>
        <source>Restore it from a backup.</source>
        <translation>请用备份恢复。</translation>
    </message>
    <message>
        <source>{path} is locked by another running program; close it and try again.</source>
        <translation>{path} 被另一个正在运行的程序锁定；请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}.</source>
        <translation>无法打开 {path}：{error}。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: QA Desktop needs to write its database there.</source>
        <translation>文件夹 {folder} 是只读的：QA Desktop 需要在其中写入数据库。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} could not be upgraded from schema {version} ({error}); nothing was changed and the file as it was is also kept as {backup}.</source>
        <translation>{path} 无法从结构版本 {version} 升级（{error}）；未做任何更改，原文件另存为 {backup}。</translation>
    </message>
    <message>
        <source>{path} has an older schema: open it in QA Desktop once first.</source>
        <translation>{path} 的结构版本较旧：请先用 QA Desktop 打开一次。</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>Delegate</source>
        <translation>授权代理</translation>
    </message>
</context>
<context>
    <name>DelegateForm</name>
    <message>
        <source>Delegate</source>
        <translation>授权代理</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>金额上限</translation>
    </message>
    <message>
        <source>The most this complaint&apos;s proposals may come to for the colleague to sign for you</source>
        <translation>一件客诉的拟办意见合计不超过此金额时，同事才可代您签署</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>From the first to the last day, both included, the colleague may sign the steps of your roles for you; each signature shows it was made by delegation.</source>
        <translation>从开始日期到结束日期（含首尾两天），同事可以代您签署您的角色负责的审批步骤；每个签名都注明是授权代理签署的。</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <source>The delegation to %1 is revoked.</source>
        <translation>给 %1 的授权代理已撤销。</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>不限金额</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>我授出</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>我持有</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>DelegationsForm</name>
    <message>
        <source>Delegations</source>
        <translation>授权代理</translation>
    </message>
    <message>
        <source>A delegation lets a colleague sign for you between two days, up to a cap no higher than your own limit. The ones you gave and the ones you hold are listed here.</source>
        <translation>授权代理让同事在指定日期内代您签署，金额上限不超过您本人的限额。这里列出您授出的和您持有的授权代理。</translation>
    </message>
    <message>
        <source>Given or held</source>
        <translation>授出或持有</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>金额上限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Delegate…</source>
        <translation>授权代理(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <source>End the selected delegation you gave; it stays listed as revoked</source>
        <translation>终止所选的由您授出的授权代理；它仍会列出，标为已撤销</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Discard your changes?</source>
        <translation>放弃所做的更改？</translation>
    </message>
    <message>
        <source>Save the changes on both tabs</source>
        <translation>保存两个选项卡中的更改</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is marked in red.</source>
        <translation>未保存：请更正红色标出的内容。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1 fits</source>
        <translation>%1 符合格式</translation>
    </message>
    <message>
        <source>%1 does not fit</source>
        <translation>%1 不符合格式</translation>
    </message>
    <message>
        <source>No forms: %1</source>
        <translation>未设格式：%1</translation>
    </message>
    <message>
        <source>%1: %2, e.g. %3</source>
        <translation>%1：%2，例如 %3</translation>
    </message>
    <message>
        <source>Time there now: %1</source>
        <translation>该时区现在是 %1</translation>
    </message>
    <message>
        <source>The next case will be %1</source>
        <translation>下一个客诉编号将是 %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>DepartmentSettings</name>
    <message>
        <source>Department settings</source>
        <translation>部门设置</translation>
    </message>
    <message>
        <source>Defect types</source>
        <translation>不良类型</translation>
    </message>
    <message>
        <source>The list offered on the complaint form, in this order. A new name shows on every complaint of that type, old ones too. Untick &quot;In use&quot; to take a type off the list; complaints that have it keep it.</source>
        <translation>登记客诉时可选的不良类型，按此顺序列出。改名后，该类型的所有客诉（包括以前的）都显示新名称。取消勾选“使用中”即可将该类型移出列表；已选用该类型的客诉保持不变。</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Add defect type</source>
        <translation>添加不良类型</translation>
    </message>
    <message>
        <source>Add a line at the end of the list and type its English and Chinese names</source>
        <translation>在列表末尾添加一行，填写英文名称和中文名称</translation>
    </message>
    <message>
        <source>Type a coil number from a mill&apos;s label to see whether it fits the forms above; nothing is saved</source>
        <translation>输入钢卷标签上的钢卷号，查看是否符合上面的格式；不会保存任何内容</translation>
    </message>
    <message>
        <source>Department time zone</source>
        <translation>部门时区</translation>
    </message>
    <message>
        <source>Type part of a city&apos;s name to find its zone, e.g. Shanghai</source>
        <translation>输入城市英文名的一部分即可查找时区，例如 Shanghai</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Coil/lot number forms</source>
        <translation>钢卷号/批号格式</translation>
    </message>
    <message>
        <source>One form per line, e.g. S##@####-##</source>
        <translation>每行一种格式，例如 S##@####-##</translation>
    </message>
    <message>
        <source>Try a coil number</source>
        <translation>试填钢卷号</translation>
    </message>
    <message>
        <source>Case number prefix</source>
        <translation>客诉编号前缀</translation>
    </message>
    <message>
        <source>Received-time tolerance (minutes)</source>
        <translation>受理时间容差（分钟）</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Visit %1 of %2 was not saved, but it is %3 now: what was on screen at %4 can no longer be saved. Discard it?</source>
        <translation>%2 第 %1 次现场调查未保存，但现在已%3：%4 时屏幕上的内容已无法保存。是否丢弃？</translation>
    </message>
    <message>
        <source>Visit %1 of %2 was not saved; recover what was on screen at %3?</source>
        <translation>%2 第 %1 次现场调查未保存；是否恢复 %3 时屏幕上的内容？</translation>
    </message>
    <message>
        <source>The visit was saved again since, by %1 at %2: recovering shows what was on screen before that, and saving it replaces what was saved.</source>
        <translation>此后 %1 已于 %2 再次保存该现场调查：恢复后显示的是那之前屏幕上的内容，保存将覆盖已保存的记录。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>DueBar</name>
    <message>
        <source>Overdue now: %1</source>
        <translation>当前超期：%1</translation>
    </message>
    <message>
        <source>mine %1</source>
        <translation>我的 %1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>今日到期：%1</translation>
    </message>
    <message>
        <source>Actions overdue: %1</source>
        <translation>超期措施：%1</translation>
    </message>
    <message>
        <source>Open cases with a response clock overdue now</source>
        <translation>有响应时限当前超期的未结案件</translation>
    </message>
    <message>
        <source>Open cases with a response clock due today</source>
        <translation>有响应时限今日到期的未结案件</translation>
    </message>
    <message>
        <source>Actions not done by their due date</source>
        <translation>到期未完成的措施</translation>
    </message>
</context>
<context>
    <name>DueBarForm</name>
    <message>
        <source>Response clocks and actions:</source>
        <translation>响应时限与措施：</translation>
    </message>
</context>
<context>
    <name>EarlierCases</name>
    <message>
        <source>same defect</source>
        <translation>相同不良类型</translation>
    </message>
    <message>
        <source>same product</source>
        <translation>相同产品</translation>
    </message>
    <message>
        <source>Earlier complaints from this customer: %1</source>
        <translation>该客户的既往客诉：%1</translation>
    </message>
</context>
<context>
    <name>EightD</name>
    <message>
        <source>The 8D has no step “{step}”; its steps are D0 to D8.</source>
        <translation>8D 中没有步骤“{step}”；步骤为 D0 至 D8。</translation>
    </message>
    <message>
        <source>{step} must hold its fields by name.</source>
        <translation>{step}必须按名称列出其字段。</translation>
    </message>
    <message>
        <source>{step} has no field “{field}”.</source>
        <translation>{step}没有字段“{field}”。</translation>
    </message>
    <message>
        <source>The 8D content is not readable JSON.</source>
        <translation>8D 内容不是可读取的 JSON。</translation>
    </message>
    <message>
        <source>The 8D content was not written by this application: its format tag is missing.</source>
        <translation>8D 内容不是本程序写入的：缺少格式标记。</translation>
    </message>
    <message>
        <source>The 8D content is of version {version}, newer than this application reads: update QA Desktop.</source>
        <translation>8D 内容的版本为 {version}，比本程序能读取的版本新：请更新 QA Desktop。</translation>
    </message>
    <message>
        <source>The 8D content is larger than any 8D can be ({limit} characters).</source>
        <translation>8D 内容超过了任何 8D 可能的大小（{limit} 个字符）。</translation>
    </message>
    <message>
        <source>The 8D content is nested deeper than an 8D can be.</source>
        <translation>8D 内容的嵌套层级超过了 8D 可能的层级。</translation>
    </message>
    <message>
        <source>The 8D content names “{field}” twice.</source>
        <translation>8D 内容中“{field}”出现了两次。</translation>
    </message>
    <message>
        <source>The 8D content has a part this application does not know: “{field}”.</source>
        <translation>8D 内容含有本程序不认识的部分：“{field}”。</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>料</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>法</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测</translation>
    </message>
    <message>
        <source>Potential (not verified)</source>
        <translation>潜在原因（未验证）</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>程序文件</translation>
    </message>
    <message>
        <source>Work instruction</source>
        <translation>作业指导书</translation>
    </message>
    <message>
        <source>FMEA</source>
        <translation>FMEA</translation>
    </message>
    <message>
        <source>Control plan</source>
        <translation>控制计划</translation>
    </message>
    <message>
        <source>Inspection standard</source>
        <translation>检验标准</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>因为</translation>
    </message>
    <message>
        <source>Cause category</source>
        <translation>原因类别</translation>
    </message>
    <message>
        <source>Candidate cause</source>
        <translation>候选原因</translation>
    </message>
    <message>
        <source>Potential or verified</source>
        <translation>潜在或已验证</translation>
    </message>
    <message>
        <source>Emergency response</source>
        <translation>紧急响应</translation>
    </message>
    <message>
        <source>Emergency response taken</source>
        <translation>已采取的紧急响应措施</translation>
    </message>
    <message>
        <source>A full 8D is needed</source>
        <translation>需要完整的 8D</translation>
    </message>
    <message>
        <source>Why a full 8D is or is not needed</source>
        <translation>需要或不需要完整 8D 的理由</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>团队组长</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>团队中的角色</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>What: the defect</source>
        <translation>什么（What）：不良</translation>
    </message>
    <message>
        <source>Where it was found</source>
        <translation>在哪里发现（Where）</translation>
    </message>
    <message>
        <source>When it was found</source>
        <translation>何时发现（When）</translation>
    </message>
    <message>
        <source>Who found it</source>
        <translation>谁发现的（Who）</translation>
    </message>
    <message>
        <source>Why it is a problem</source>
        <translation>为什么是问题（Why）</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation>如何发现（How）</translation>
    </message>
    <message>
        <source>How many are affected</source>
        <translation>影响多少（How many）</translation>
    </message>
    <message>
        <source>Is / is not</source>
        <translation>是 / 不是</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>Photos of the defect (NOK)</source>
        <translation>不良照片（NOK）</translation>
    </message>
    <message>
        <source>Photos of good material (OK)</source>
        <translation>良品照片（OK）</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>临时对策</translation>
    </message>
    <message>
        <source>Effectiveness of the containment (%)</source>
        <translation>临时对策的有效性（%）</translation>
    </message>
    <message>
        <source>The containment in words</source>
        <translation>临时对策说明</translation>
    </message>
    <message>
        <source>Containment actions (numbers)</source>
        <translation>临时对策措施（编号）</translation>
    </message>
    <message>
        <source>Root cause analysis</source>
        <translation>根本原因分析</translation>
    </message>
    <message>
        <source>5-Why of the occurrence</source>
        <translation>产生原因的 5个为什么</translation>
    </message>
    <message>
        <source>Fishbone of the occurrence</source>
        <translation>产生原因的鱼骨图</translation>
    </message>
    <message>
        <source>Verified root cause of the occurrence, in plain words</source>
        <translation>产生原因：已验证的根本原因（通俗表述）</translation>
    </message>
    <message>
        <source>How the occurrence cause was verified</source>
        <translation>产生原因如何验证</translation>
    </message>
    <message>
        <source>5-Why of the escape</source>
        <translation>流出原因的 5个为什么</translation>
    </message>
    <message>
        <source>Fishbone of the escape</source>
        <translation>流出原因的鱼骨图</translation>
    </message>
    <message>
        <source>Verified root cause of the escape, in plain words</source>
        <translation>流出原因：已验证的根本原因（通俗表述）</translation>
    </message>
    <message>
        <source>How the escape cause was verified</source>
        <translation>流出原因如何验证</translation>
    </message>
    <message>
        <source>Process parameters and technical detail</source>
        <translation>工艺参数与技术细节</translation>
    </message>
    <message>
        <source>Permanent corrective actions</source>
        <translation>永久纠正措施</translation>
    </message>
    <message>
        <source>Corrective actions (numbers)</source>
        <translation>纠正措施（编号）</translation>
    </message>
    <message>
        <source>Effectiveness expected against the occurrence (%)</source>
        <translation>针对产生原因的预期有效性（%）</translation>
    </message>
    <message>
        <source>Effectiveness expected against the escape (%)</source>
        <translation>针对流出原因的预期有效性（%）</translation>
    </message>
    <message>
        <source>The actions in words</source>
        <translation>措施说明</translation>
    </message>
    <message>
        <source>Implementation and validation</source>
        <translation>实施与验证</translation>
    </message>
    <message>
        <source>Actions implemented (numbers)</source>
        <translation>已实施的措施（编号）</translation>
    </message>
    <message>
        <source>How the actions were validated</source>
        <translation>措施如何验证</translation>
    </message>
    <message>
        <source>Effectiveness measured (%)</source>
        <translation>实测有效性（%）</translation>
    </message>
    <message>
        <source>Interim actions removed</source>
        <translation>临时对策措施已撤除</translation>
    </message>
    <message>
        <source>Interim actions removed on</source>
        <translation>临时对策措施撤除日期</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>验证人</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>验证日期</translation>
    </message>
    <message>
        <source>Prevent recurrence</source>
        <translation>预防再发生</translation>
    </message>
    <message>
        <source>What was standardized</source>
        <translation>标准化内容</translation>
    </message>
    <message>
        <source>Documents updated</source>
        <translation>已更新的文件</translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>文件类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Roll-out to similar products and lines</source>
        <translation>水平展开（类似产品与产线）</translation>
    </message>
    <message>
        <source>Product or line</source>
        <translation>产品或产线</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Preventive actions (numbers)</source>
        <translation>预防措施（编号）</translation>
    </message>
    <message>
        <source>Closure and recognition</source>
        <translation>结案与表彰</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Closure in words</source>
        <translation>结案说明</translation>
    </message>
    <message>
        <source>Recognition of the team</source>
        <translation>团队表彰</translation>
    </message>
    <message>
        <source>{step}, “{field}”</source>
        <translation>{step}，“{field}”</translation>
    </message>
    <message>
        <source>{step}, “{field}”, row {row}</source>
        <translation>{step}，“{field}”，第 {row} 行</translation>
    </message>
    <message>
        <source>{step}, “{field}”, row {row}, “{column}”</source>
        <translation>{step}，“{field}”，第 {row} 行，“{column}”</translation>
    </message>
    <message>
        <source>{where}: write at most {limit} characters.</source>
        <translation>{where}：最多填写 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{where}: this must be text.</source>
        <translation>{where}：此处必须是文字。</translation>
    </message>
    <message>
        <source>{where}: answer yes or no.</source>
        <translation>{where}：请回答是或否。</translation>
    </message>
    <message>
        <source>{where}: give a day between 2000 and 2099 as YYYY-MM-DD, such as 2026-03-12.</source>
        <translation>{where}：请按 YYYY-MM-DD 填写 2000 至 2099 年之间的日期，例如 2026-03-12。</translation>
    </message>
    <message>
        <source>{where}: give a whole percentage from 0 to 100.</source>
        <translation>{where}：请填写 0 至 100 之间的整数百分比。</translation>
    </message>
    <message>
        <source>{where}: choose one of {choices}.</source>
        <translation>{where}：请从 {choices} 中选择一项。</translation>
    </message>
    <message>
        <source>{where}: a photo is named by the SHA-256 sum of its file (64 hexadecimal digits).</source>
        <translation>{where}：照片以其文件的 SHA-256 校验和（64 位十六进制数字）标识。</translation>
    </message>
    <message>
        <source>{where}: this must be a list of rows.</source>
        <translation>{where}：此处必须是若干行的列表。</translation>
    </message>
    <message>
        <source>{where}: at most {limit} rows.</source>
        <translation>{where}：最多 {limit} 行。</translation>
    </message>
    <message>
        <source>{where}: a row must hold its columns by name.</source>
        <translation>{where}：每一行必须按名称列出各列。</translation>
    </message>
    <message>
        <source>{where}: there is no column “{column}”.</source>
        <translation>{where}：没有“{column}”这一列。</translation>
    </message>
    <message>
        <source>{where}: give at most {count} action numbers from 1 to {limit}, each once.</source>
        <translation>{where}：最多填写 {count} 个措施编号，范围为 1 至 {limit}，每个编号只能出现一次。</translation>
    </message>
    <message>
        <source>{where}: fill this in before completing the step.</source>
        <translation>{where}：完成此步骤前请填写此项。</translation>
    </message>
    <message>
        <source>{where}: add at least one row before completing the step.</source>
        <translation>{where}：完成此步骤前请至少添加一行。</translation>
    </message>
    <message>
        <source>There is no such complaint (it was removed).</source>
        <translation>没有这条客户投诉（已被删除）。</translation>
    </message>
    <message>
        <source>The 8D of {case} was saved by {user} after you opened it: open it again.</source>
        <translation>{case} 的 8D 在您打开后已由 {user} 保存：请重新打开。</translation>
    </message>
    <message>
        <source>{where}: this photo is not stored in this database.</source>
        <translation>{where}：本数据库中没有这张照片。</translation>
    </message>
    <message>
        <source>{where}: {case} has no action {number}.</source>
        <translation>{where}：{case} 没有编号为 {number} 的措施。</translation>
    </message>
    <message>
        <source>{user} is not an active account here: a step&apos;s owner must be one.</source>
        <translation>{user} 不是本数据库中的有效账户：步骤负责人必须是有效账户。</translation>
    </message>
    <message>
        <source>Give {step}&apos;s target date as a day between 2000 and 2099.</source>
        <translation>请将{step}的目标日期填写为 2000 至 2099 年之间的日期。</translation>
    </message>
    <message>
        <source>{step} of {case} was completed by {user} on {date}; change it to reopen it.</source>
        <translation>{case} 的{step}已由 {user} 于 {date} 完成；修改其内容即可重新打开。</translation>
    </message>
    <message>
        <source>{step} of {case} is {owner}&apos;s: only its owner or a QA engineer completes it.</source>
        <translation>{case} 的{step}由 {owner} 负责：只有其负责人或品保工程师可以完成。</translation>
    </message>
    <message>
        <source>{step} of {case} is not completed: nothing to reopen.</source>
        <translation>{case} 的{step}尚未完成：无需重新打开。</translation>
    </message>
    <message>
        <source>Say why {step} is reopened.</source>
        <translation>请说明重新打开{step}的原因。</translation>
    </message>
    <message>
        <source>Shorten the reason for reopening {step} to at most {limit} characters.</source>
        <translation>请将重新打开{step}的原因缩短到不超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>its content changed after it was completed</source>
        <translation>完成后其内容被修改</translation>
    </message>
</context>
<context>
    <name>EightDFacts</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer&apos;s complaint no.</source>
        <translation>客户投诉单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Order / delivery note</source>
        <translation>订单号 / 发货单号</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Date code</source>
        <translation>生产日期码</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>不良情况</translation>
    </message>
    <message>
        <source>Defect rate</source>
        <translation>不良率</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>不良数量</translation>
    </message>
    <message>
        <source>As the customer reported it</source>
        <translation>不良现象（客户所述）</translation>
    </message>
    <message>
        <source>The customer asks for</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Coil no.</source>
        <translation>钢卷号</translation>
    </message>
    <message>
        <source>Heat no.</source>
        <translation>炉号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>钢种</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>厚度 × 宽度（mm）</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>表面</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Coils complained of</source>
        <translation>被投诉的钢卷</translation>
    </message>
    <message>
        <source>Counted at the customer on site visit %1 (%2)</source>
        <translation>第 %1 次现场调查在客户处清点（%2）</translation>
    </message>
    <message>
        <source>confirmed by the customer</source>
        <translation>客户已确认</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Defective among used</source>
        <translation>已使用中不良</translation>
    </message>
    <message>
        <source>Defective among unused</source>
        <translation>未使用中不良</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No containment recorded yet (the Containment tab).</source>
        <translation>尚未记录临时对策（见“临时对策”标签页）。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Coil / lot no.</source>
        <translation>钢卷号/批号</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Held (HOLD)</source>
        <translation>冻结 (HOLD)</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>Released as OK</source>
        <translation>合格放行</translation>
    </message>
    <message>
        <source>Marking of OK material</source>
        <translation>合格品标识</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Suspect material, from the Containment tab</source>
        <translation>可疑物料（来自“临时对策”标签页）</translation>
    </message>
    <message>
        <source>Totals per place</source>
        <translation>按位置合计</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Handling proposal %1</source>
        <translation>拟办意见 %1</translation>
    </message>
    <message>
        <source>binding (final sign-off given)</source>
        <translation>已生效（已最终批示）</translation>
    </message>
    <message>
        <source>approved, not final: preliminary</source>
        <translation>已批准但未最终批示：初步意见</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>No actions and no approved handling yet.</source>
        <translation>尚无措施，也无已批准的处理意见。</translation>
    </message>
</context>
<context>
    <name>EightDPanel</name>
    <message>
        <source>Nothing to save: the 8D is as stored.</source>
        <translation>无需保存：8D 与已保存的内容相同。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Reopened because their content changed: %1.</source>
        <translation>因内容更改而重新打开：%1。</translation>
    </message>
    <message>
        <source>The 8D of %1 has changes that are not saved. Save them?</source>
        <translation>%1 的 8D 有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>%1: owner and target date kept.</source>
        <translation>%1：已保存负责人和目标日期。</translation>
    </message>
    <message>
        <source>%1 cannot be completed yet: fill in what is marked in red; nothing was signed.</source>
        <translation>%1 尚不能完成：请填写标红的内容；未作任何签名。</translation>
    </message>
    <message>
        <source>Complete %1 of %2</source>
        <translation>完成 %2 的 %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the 8D: every step changed (Ctrl+S)</source>
        <translation>保存 8D：所有已更改的步骤（Ctrl+S）</translation>
    </message>
    <message>
        <source>Complete the step…</source>
        <translation>完成此步骤…</translation>
    </message>
    <message>
        <source>Complete the chosen step with your electronic signature</source>
        <translation>以您的电子签名完成所选步骤</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is marked in red (%1).</source>
        <translation>未保存任何内容：请更正标红的内容（%1）。</translation>
    </message>
    <message>
        <source>%1 completed by %2 and signed.</source>
        <translation>%1 已由 %2 完成并签名。</translation>
    </message>
    <message>
        <source>No 8D saved yet.</source>
        <translation>尚未保存 8D。</translation>
    </message>
    <message>
        <source>Last saved by %1.</source>
        <translation>最后由 %1 保存。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Keep this owner and target date for the step (saved at once)</source>
        <translation>为此步骤保存该负责人和目标日期（立即保存）</translation>
    </message>
    <message>
        <source>Set owner and date</source>
        <translation>设定负责人和日期</translation>
    </message>
</context>
<context>
    <name>EightDPdf</name>
    <message>
        <source>8D Report</source>
        <translation>8D报告</translation>
    </message>
    <message>
        <source>Revision {revision} · issued {date}</source>
        <translation>版本 {revision} · {date} 发出</translation>
    </message>
    <message>
        <source>Draft: not issued to the customer</source>
        <translation>草稿：尚未发给客户</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Revision {revision}</source>
        <translation>版本 {revision}</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>客诉编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer&apos;s complaint no.</source>
        <translation>客户投诉单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Material no.</source>
        <translation>物料编号</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Order / contract no.</source>
        <translation>订单号/合同号</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>发货单号</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Date code</source>
        <translation>生产日期码</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>不良类型</translation>
    </message>
    <message>
        <source>Defect rate</source>
        <translation>不良率</translation>
    </message>
    <message>
        <source>Affected quantity</source>
        <translation>不良数量</translation>
    </message>
    <message>
        <source>Defect phenomenon (as reported)</source>
        <translation>不良现象</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Coil / lot no.</source>
        <translation>钢卷号/批号</translation>
    </message>
    <message>
        <source>Heat no.</source>
        <translation>炉号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>钢种</translation>
    </message>
    <message>
        <source>Thickness × width</source>
        <translation>厚度 × 宽度</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>表面</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity used</source>
        <translation>已使用数量</translation>
    </message>
    <message>
        <source>Quantity unused</source>
        <translation>未使用数量</translation>
    </message>
    <message>
        <source>Defective among used</source>
        <translation>已使用中不良</translation>
    </message>
    <message>
        <source>Defective among unused</source>
        <translation>未使用中不良</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>所在位置</translation>
    </message>
    <message>
        <source>Coil or lot</source>
        <translation>钢卷或批次</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Marking of OK material</source>
        <translation>合格品标识</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Effect expected</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>验证日期</translation>
    </message>
    <message>
        <source>From date code</source>
        <translation>起始生产日期码</translation>
    </message>
    <message>
        <source>What and how much</source>
        <translation>内容与数量</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>The handling in words</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>签署含义</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How signed</source>
        <translation>签署方式</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Where the 8D stands</source>
        <translation>8D 进度</translation>
    </message>
    <message>
        <source>Approved handling</source>
        <translation>已批准的处理</translation>
    </message>
    <message>
        <source>Coils concerned</source>
        <translation>涉及的钢卷</translation>
    </message>
    <message>
        <source>Counted at the customer&apos;s site (visit {number}, {date})</source>
        <translation>客户现场清点（第 {number} 次现场调查，{date}）</translation>
    </message>
    <message>
        <source>Photos of the defect (NOK)</source>
        <translation>不良照片（NOK）</translation>
    </message>
    <message>
        <source>Photos of good material (OK)</source>
        <translation>良品照片（OK）</translation>
    </message>
    <message>
        <source>Suspect material checked and held</source>
        <translation>可疑物料的检查与冻结</translation>
    </message>
    <message>
        <source>Totals per place</source>
        <translation>按位置合计</translation>
    </message>
    <message>
        <source>Why it was made (occurrence)</source>
        <translation>为什么会产生（产生原因）</translation>
    </message>
    <message>
        <source>Why it was not caught (escape)</source>
        <translation>为什么未被发现（流出原因）</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Completed {date} by {name}</source>
        <translation>{name} 于 {date} 完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>No action recorded.</source>
        <translation>尚无措施记录。</translation>
    </message>
    <message>
        <source>No handling has been approved yet.</source>
        <translation>尚无已批准的处理。</translation>
    </message>
    <message>
        <source>Handling {number}: approved and binding (final sign-off given)</source>
        <translation>处理 {number}：已批准并生效（已最终批示）</translation>
    </message>
    <message>
        <source>Handling {number}: preliminary — not binding until signed</source>
        <translation>处理 {number}：初步意见 — 经批准签字前不生效</translation>
    </message>
    <message>
        <source>This handling is preliminary: it takes effect only when the company&apos;s leadership has signed it.</source>
        <translation>此处理为初步意见：经公司领导批准签字后方才生效。</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>纸质签字</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>产生原因</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>流出原因</translation>
    </message>
    <message>
        <source>This photo has no print copy.</source>
        <translation>此照片没有打印副本。</translation>
    </message>
    <message>
        <source>Customer copy</source>
        <translation>客户版</translation>
    </message>
</context>
<context>
    <name>EightDPhotos</name>
    <message>
        <source>Complaint</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>Site visit %1</source>
        <translation>现场调查 %1</translation>
    </message>
    <message>
        <source>Not among the case&apos;s photos now</source>
        <translation>已不在本客诉的照片中</translation>
    </message>
</context>
<context>
    <name>FaultHandler</name>
    <message>
        <source>Something went wrong inside QA Desktop (%1). Nothing more was saved.</source>
        <translation>QA Desktop 内部出错（%1）。之后的内容均未保存。</translation>
    </message>
    <message>
        <source>The details are in %1; please send that file to your administrator.</source>
        <translation>详细信息已写入 %1，请将该文件发送给管理员。</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was saved; try again.</source>
        <translation>数据库正忙：另一个程序正在写入。未保存任何内容，请重试。</translation>
    </message>
    <message>
        <source>The disk that holds the database is full. Nothing was saved; free some space and try again.</source>
        <translation>数据库所在磁盘已满。未保存任何内容，请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The database cannot be written to: it is read-only. Nothing was saved.</source>
        <translation>数据库为只读，无法写入。未保存任何内容。</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved; close QA Desktop and restore the file from a backup.</source>
        <translation>数据库文件已损坏。未保存任何内容，请关闭 QA Desktop 并用备份恢复该文件。</translation>
    </message>
    <message>
        <source>The database could not be read or written (a disk or network drive error). Nothing was saved; check the drive and try again.</source>
        <translation>无法读写数据库（磁盘或网络驱动器出错）。未保存任何内容，请检查驱动器后重试。</translation>
    </message>
    <message>
        <source>The change clashes with data saved at the same time. Nothing was saved; try again.</source>
        <translation>此修改与同时保存的数据冲突。未保存任何内容，请重试。</translation>
    </message>
    <message>
        <source>The database refused the change ({detail}). Nothing was saved.</source>
        <translation>数据库拒绝了此修改（{detail}）。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>internal</source>
        <translation>内部资料</translation>
    </message>
    <message>
        <source>Internal: never printed on the 8D report the customer receives.</source>
        <translation>内部资料：不会打印在客户收到的 8D报告上。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Give a file name that ends in {suffix} ({name} does not).</source>
        <translation>请使用以 {suffix} 结尾的文件名（{name} 不是）。</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name to write.</source>
        <translation>{target} 是文件夹；请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only.</source>
        <translation>文件夹 {folder} 是只读的。</translation>
    </message>
    <message>
        <source>{target} is a QA Desktop or SQLite database file ({database}); an export never replaces a database: choose another file name.</source>
        <translation>{target} 是 QA Desktop 或 SQLite 数据库文件（{database}）；导出绝不会覆盖数据库：请换一个文件名。</translation>
    </message>
    <message>
        <source>There is no room for {name} on its disk: nothing was written; free some space or choose another place.</source>
        <translation>{name} 所在磁盘空间不足：未写入任何内容；请腾出空间或另选位置。</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}): nothing was written there.</source>
        <translation>无法写入 {name}（{reason}）：该处未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>FishboneField</name>
    <message>
        <source>Not in a category</source>
        <translation>未分类</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Satisfaction is a whole number from 1 to 5.</source>
        <translation>客户满意度是 1 到 5 的整数。</translation>
    </message>
    <message>
        <source>The customer cannot have been asked after today.</source>
        <translation>询问客户的日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The customer cannot have been asked before the complaint was received.</source>
        <translation>询问客户的日期不能早于收到投诉的日期。</translation>
    </message>
    <message>
        <source>The customer answered: clear the reason why no feedback came.</source>
        <translation>客户已答复：请清除“未收到反馈的原因”。</translation>
    </message>
    <message>
        <source>Give the date the customer was asked.</source>
        <translation>请填写询问客户的日期。</translation>
    </message>
    <message>
        <source>Write the criterion the effectiveness was checked against.</source>
        <translation>请填写有效性验证所依据的标准。</translation>
    </message>
    <message>
        <source>Shorten this text to at most {limit} characters.</source>
        <translation>请将此文本缩短到不超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{case} has not been replied yet: the follow-up comes after the reply.</source>
        <translation>{case} 尚未回复客户：效果跟踪在回复之后进行。</translation>
    </message>
    <message>
        <source>{case} is not closed: goods returned before closure are part of its handling.</source>
        <translation>{case} 尚未结案：结案前的退货属于其处理的一部分。</translation>
    </message>
    <message>
        <source>Write the quantity returned as a positive number.</source>
        <translation>请以正数填写退货数量。</translation>
    </message>
    <message>
        <source>Goods cannot be returned after today.</source>
        <translation>退货日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose one of the offered units.</source>
        <translation>请从给出的单位中选择。</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Follow-up of this round</source>
        <translation>本轮效果跟踪</translation>
    </message>
    <message>
        <source>Effectiveness criterion</source>
        <translation>有效性验证标准</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>验证日期</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>是否有效</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <source>Customer asked on</source>
        <translation>询问客户日期</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Customer&apos;s comments</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Why no feedback came</source>
        <translation>未收到反馈的原因</translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation>保存效果跟踪</translation>
    </message>
    <message>
        <source>Returns after closure</source>
        <translation>结案后退货</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>退货日期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>记录退货</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Not checked yet</source>
        <translation>尚未验证</translation>
    </message>
    <message>
        <source>Yes: the improvement works</source>
        <translation>有效：改善有效</translation>
    </message>
    <message>
        <source>No: the improvement is not effective</source>
        <translation>无效：改善无效</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>very unsatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>The follow-up comes after the reply to the customer.</source>
        <translation>效果跟踪在回复客户之后进行。</translation>
    </message>
    <message>
        <source>The customer is not satisfied: take plan A (improvement not effective, a new round) or plan B (talk the standard through) from the first tab&apos;s next steps.</source>
        <translation>客户不满意：请在第一页的“下一步”中选择方案 A（改善无效，新一轮改善）或方案 B（就标准与客户沟通）。</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>退货日期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>HistoryForm</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Locked by %1 (%2).</source>
        <translation>已由 %1（%2）锁定。</translation>
    </message>
    <message>
        <source>Quit QA Desktop? Anything not saved in an open form is lost.</source>
        <translation>退出 QA Desktop？已打开表单中未保存的内容将丢失。</translation>
    </message>
    <message>
        <source>QA Desktop closes now; an administrator can unlock your account.</source>
        <translation>QA Desktop 现在关闭；管理员可为您的账户解锁。</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue the 8D report</source>
        <translation>发出 8D报告</translation>
    </message>
    <message>
        <source>Revision %1 of the 8D report of %2, as saved now. An issued revision is kept as it was sent and never changes; a correction is the next revision.</source>
        <translation>%2 的 8D报告第 %1 版，按当前已保存的内容生成。已发出的版本按发出时的样子保存，永不更改；更正需发出下一版。</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>发送对象</translation>
    </message>
    <message>
        <source>How it is sent</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Issue revision %1</source>
        <translation>发出第 %1 版</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Save handling form</source>
        <translation>保存处理单</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在生成 %1…</translation>
    </message>
    <message>
        <source>complaint-register</source>
        <translation>客户投诉登记表</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>导出登记表</translation>
    </message>
    <message>
        <source>Export tracking table</source>
        <translation>导出处理跟踪表</translation>
    </message>
    <message>
        <source>complaint-tracking-table</source>
        <translation>客户投诉处理跟踪表</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <source>&lt;b&gt;QA Desktop %1&lt;/b&gt;&lt;p&gt;Customer complaints from the first call to closure: register, investigation, handling and sign-off, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;QA Desktop %1&lt;/b&gt;&lt;p&gt;客户投诉从第一通电话到结案：登记、原因分析、处理与审批，全程离线。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>The response clocks and the calendar were saved; new clocks follow them.</source>
        <translation>响应时限与工作日历已保存；新的时限将按其计算。</translation>
    </message>
    <message>
        <source>Wait until the running task ends.</source>
        <translation>请等待当前任务结束。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Check these fields on the printed form before anyone signs it.</source>
        <translation>请在签字前核对打印单上的这些字段。</translation>
    </message>
    <message>
        <source>Select a complaint first.</source>
        <translation>请先选择一条客诉。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of filters</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 registered; cleared the filters that hid it: %2</source>
        <translation>%1 已立案；已清除隐藏它的筛选条件：%2</translation>
    </message>
    <message>
        <source>%1 saved; cleared the filters that hid it: %2</source>
        <translation>%1 已保存；已清除隐藏它的筛选条件：%2</translation>
    </message>
    <message>
        <source>%1 registered</source>
        <translation>%1 已立案</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 已保存</translation>
    </message>
    <message>
        <source>QA Desktop</source>
        <translation>QA Desktop 客诉管理</translation>
    </message>
    <message>
        <source>This database holds no complaints yet. Load demo data to see the product in use, or start registering your own.</source>
        <translation>此数据库尚无客诉记录。可加载演示数据查看系统的使用方式，或直接开始登记。</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation>审批(&amp;P)</translation>
    </message>
    <message>
        <source>Awaiting &amp;my signature</source>
        <translation>待我签名(&amp;M)</translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>现场调查(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新建客诉(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new complaint</source>
        <translation>登记新的客户投诉</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open complaint</source>
        <translation>打开客诉(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected complaint to edit it</source>
        <translation>打开所选客诉进行编辑</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Case &amp;file…</source>
        <translation>案件档案(&amp;F)…</translation>
    </message>
    <message>
        <source>The selected complaint&apos;s life: its steps, clocks, containment, 8D, actions and follow-up</source>
        <translation>所选客户投诉的处理全过程：步骤、时限、临时对策、8D、措施和效果跟踪</translation>
    </message>
    <message>
        <source>&amp;Print handling form (PDF)…</source>
        <translation>打印处理单 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the selected complaint&apos;s handling form as a PDF</source>
        <translation>将所选客诉的处理单保存为 PDF</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Export register (Excel)…</source>
        <translation>导出登记表 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the complaints shown to an Excel workbook</source>
        <translation>将当前显示的客诉导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;tracking table (Excel)…</source>
        <translation>导出处理跟踪表 Excel(&amp;T)…</translation>
    </message>
    <message>
        <source>Export the complaints shown with their response clocks, actions and replies: the complaint tracking table</source>
        <translation>将当前显示的客诉连同响应时限、措施与回复导出：客户投诉处理跟踪表</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Search the register</source>
        <translation>搜索登记表(&amp;S)</translation>
    </message>
    <message>
        <source>Put the cursor in the register&apos;s search box</source>
        <translation>将光标移到登记表的搜索框</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Department settings…</source>
        <translation>部门设置(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit the department&apos;s defect types and rules: coil number forms, time zone, case prefix, clock drift</source>
        <translation>编辑部门的不良类型和规则：钢卷号格式、时区、客诉编号前缀、时钟偏差</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>客户(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit customers&apos; details, and merge two spellings of one customer</source>
        <translation>编辑客户资料，合并同一客户的两种写法</translation>
    </message>
    <message>
        <source>&amp;Authority matrix…</source>
        <translation>审批权限表(&amp;A)…</translation>
    </message>
    <message>
        <source>Who may approve which handling and how much money; administrators change it</source>
        <translation>谁可以批准哪种处理、多少金额；由管理员修改</translation>
    </message>
    <message>
        <source>Response &amp;clocks and calendar…</source>
        <translation>响应时限与工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>The response clocks every new case gets and the working calendar they count in (administrators)</source>
        <translation>每个新客诉的响应时限及其计时所依据的工作日历（管理员）</translation>
    </message>
    <message>
        <source>Check&amp;list templates…</source>
        <translation>检查表模板(&amp;L)…</translation>
    </message>
    <message>
        <source>The site-visit checklists and their versions; QA engineers import a file or make a new version</source>
        <translation>现场调查检查表及其各版本；QA工程师可导入文件或建立新版本</translation>
    </message>
    <message>
        <source>&amp;Handling proposals…</source>
        <translation>拟办意见(&amp;H)…</translation>
    </message>
    <message>
        <source>The selected complaint&apos;s handling proposals: draft, submit, approve, reject, and the route</source>
        <translation>所选客诉的拟办意见：起草、提交、批准、驳回及审批流程</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Attach a signed sheet&apos;s &amp;scan…</source>
        <translation>附加已签字单据的扫描件(&amp;S)…</translation>
    </message>
    <message>
        <source>A scanned or photographed sign-off sheet (PDF, JPEG, PNG): its QR code finds the case</source>
        <translation>扫描或拍照的审批单（PDF、JPEG、PNG）：由其二维码找到对应客诉</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>历史记录(&amp;I)…</translation>
    </message>
    <message>
        <source>The selected complaint&apos;s audit trail, with its proposals and signatures</source>
        <translation>所选客诉的审计记录，包括其拟办意见和签名</translation>
    </message>
    <message>
        <source>&amp;My visits…</source>
        <translation>我的现场调查(&amp;M)…</translation>
    </message>
    <message>
        <source>The site visits assigned to you, soonest first; open one to fill its record</source>
        <translation>指派给您的现场调查，按时间先后排列；打开后填写记录</translation>
    </message>
    <message>
        <source>&amp;Plan a site visit…</source>
        <translation>安排现场调查(&amp;P)…</translation>
    </message>
    <message>
        <source>Send someone to the selected complaint&apos;s customer: who goes, when, where and whom to see</source>
        <translation>为所选客诉安排人员去客户现场：谁去、何时、何地、见谁</translation>
    </message>
    <message>
        <source>&amp;Visits of this case…</source>
        <translation>本客诉的现场调查(&amp;V)…</translation>
    </message>
    <message>
        <source>The selected complaint&apos;s site visits: open, reschedule or cancel one</source>
        <translation>所选客诉的现场调查：打开、改期或取消</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>更改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a new password; your signing key is sealed anew under it</source>
        <translation>设置新密码；您的签名密钥将以新密码重新加密保存</translation>
    </message>
    <message>
        <source>&amp;Delegations…</source>
        <translation>授权代理(&amp;D)…</translation>
    </message>
    <message>
        <source>Let a colleague sign for you for a while, or revoke a delegation you gave</source>
        <translation>让同事在一段时间内代您签署，或撤销您授出的授权代理</translation>
    </message>
    <message>
        <source>&amp;Lock window</source>
        <translation>锁定窗口(&amp;L)</translation>
    </message>
    <message>
        <source>Hide the register until you enter your password again</source>
        <translation>隐藏登记表，直到您再次输入密码</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Add accounts, reset passwords, unlock, deactivate and give roles (administrators only)</source>
        <translation>添加账户、重置密码、解锁、停用和分配角色（仅限管理员）</translation>
    </message>
    <message>
        <source>&amp;About QA Desktop</source>
        <translation>关于 QA Desktop(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Discard your changes?</source>
        <translation>放弃所做的更改？</translation>
    </message>
    <message>
        <source>Money limit per complaint (%1)</source>
        <translation>每起投诉的金额限额（%1）</translation>
    </message>
    <message>
        <source>Any amount</source>
        <translation>金额不限</translation>
    </message>
    <message>
        <source>Version %1, in force since %2, set by %3.</source>
        <translation>第 %1 版，自 %2 起生效，由 %3 设定。</translation>
    </message>
    <message>
        <source>A change becomes a new version once you give the reason and your password; a proposal already submitted keeps the version it was routed by.</source>
        <translation>填写原因并输入您的密码后，变更即成为新版本；已提交的拟办意见仍按其提交时的版本审批。</translation>
    </message>
    <message>
        <source>Only an administrator may change the matrix; you may look at it.</source>
        <translation>只有系统管理员可以修改审批权限表；您可以查看。</translation>
    </message>
    <message>
        <source>Your password, %1, puts the new matrix in force:</source>
        <translation>%1，请输入您的密码，使新的审批权限表生效：</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>{file} is empty: there is nothing to attach.</source>
        <translation>{file} 是空文件，没有可添加的内容。</translation>
    </message>
    <message>
        <source>{file} is larger than the {limit} MB a file may have: attach a smaller copy.</source>
        <translation>{file} 超过每个文件 {limit} MB 的上限，请添加较小的副本。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>无法读取 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is a program, and programs are never attached: opening it would run it.</source>
        <translation>{file} 是程序文件，程序不能作为附件：打开它就会运行它。</translation>
    </message>
    <message>
        <source>{file} is not a JPEG or PNG picture, or it is damaged: it cannot be shown.</source>
        <translation>{file} 不是 JPEG 或 PNG 图片，或者已损坏，无法显示。</translation>
    </message>
    <message>
        <source>{file} is incomplete (cut off while copying or sending); copy it again from its source.</source>
        <translation>{file} 不完整（复制或发送时被截断），请从原处重新复制。</translation>
    </message>
    <message>
        <source>{file} claims to be a picture far larger than any photo: it is refused as possibly harmful.</source>
        <translation>{file} 声称的图片尺寸远超任何照片，可能有害，已拒绝。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is not a number.</source>
        <translation>金额不是数字。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>An amount in the base currency {currency} takes no rate other than 1.</source>
        <translation>本位币 {currency} 的金额汇率只能为 1。</translation>
    </message>
    <message>
        <source>Enter the rate from {currency} to {base} used for this amount.</source>
        <translation>请输入此金额所用的 {currency} 兑 {base} 汇率。</translation>
    </message>
    <message>
        <source>The rate from {currency} to {base} must be a number greater than zero.</source>
        <translation>{currency} 兑 {base} 的汇率必须是大于零的数字。</translation>
    </message>
    <message>
        <source>The rate is not a number.</source>
        <translation>汇率不是数字。</translation>
    </message>
    <message>
        <source>The currency {currency} is not one the application knows.</source>
        <translation>币种 {currency} 不是本软件支持的币种。</translation>
    </message>
    <message>
        <source>The amount is too large: at most {largest} is accepted.</source>
        <translation>金额过大：最多接受 {largest}。</translation>
    </message>
</context>
<context>
    <name>MyVisitsForm</name>
    <message>
        <source>Site visits</source>
        <translation>现场调查</translation>
    </message>
    <message>
        <source>My visits</source>
        <translation>我的现场调查</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>客诉编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Customer&apos;s site</source>
        <translation>客户现场</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show finished and cancelled visits</source>
        <translation>显示已完成和已取消的现场调查</translation>
    </message>
    <message>
        <source>Visit no.</source>
        <translation>调查次序</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>调查人员</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>打开现场调查(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Plan a site visit…</source>
        <translation>安排现场调查(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>改期(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Cancel visit…</source>
        <translation>取消现场调查(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
</context>
<context>
    <name>MyVisitsWindow</name>
    <message>
        <source>No visits are assigned to you.</source>
        <translation>没有指派给您的现场调查。</translation>
    </message>
    <message>
        <source>Visits of %1</source>
        <translation>%1 的现场调查</translation>
    </message>
    <message>
        <source>Cancel visit %1 of %2 (%3): say why, for the case&apos;s history.</source>
        <translation>取消 %2（%3）第 %1 次现场调查：请说明理由，记入该客诉的审计记录。</translation>
    </message>
    <message>
        <source>Cancel a site visit</source>
        <translation>取消现场调查</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>取消现场调查</translation>
    </message>
    <message>
        <source>Appointment (%1)</source>
        <translation>预约时间（%1）</translation>
    </message>
    <message>
        <source>%1 — short notice</source>
        <translation>%1 — 预约不足一天</translation>
    </message>
</context>
<context>
    <name>NoticePdf</name>
    <message>
        <source>Quality Abnormality Notice</source>
        <translation>品质异常联络单</translation>
    </message>
    <message>
        <source>No. {number} · issued {date}</source>
        <translation>编号 {number} · {date} 发出</translation>
    </message>
    <message>
        <source>Quality assurance (QA)</source>
        <translation>品保部（QA）</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>联络单编号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <source>Issuing department</source>
        <translation>发出部门</translation>
    </message>
    <message>
        <source>To (responsible department)</source>
        <translation>接收部门（责任部门）</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>客诉编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer&apos;s complaint no.</source>
        <translation>客户投诉单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Domestic / export</source>
        <translation>内销/外销</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Material no.</source>
        <translation>物料编号</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Date code</source>
        <translation>生产日期码</translation>
    </message>
    <message>
        <source>Order / contract no.</source>
        <translation>订单号/合同号</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>发货单号</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Coil / lot no.</source>
        <translation>钢卷号/批号</translation>
    </message>
    <message>
        <source>Heat no.</source>
        <translation>炉号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>钢种</translation>
    </message>
    <message>
        <source>Thickness × width (mm)</source>
        <translation>厚度×宽度（mm）</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>表面</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>不良类型</translation>
    </message>
    <message>
        <source>Defect phenomenon</source>
        <translation>不良现象</translation>
    </message>
    <message>
        <source>Defect rate</source>
        <translation>不良率</translation>
    </message>
    <message>
        <source>Affected quantity</source>
        <translation>不良数量</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Action requested</source>
        <translation>要求的措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Coils</source>
        <translation>钢卷</translation>
    </message>
    <message>
        <source>The defect</source>
        <translation>不良情况</translation>
    </message>
    <message>
        <source>Actions requested of the department</source>
        <translation>要求责任部门落实的措施</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>No coil recorded.</source>
        <translation>未记录钢卷。</translation>
    </message>
    <message>
        <source>No action is set yet: the department proposes them in its reply.</source>
        <translation>尚未制定措施：请责任部门在回复中提出。</translation>
    </message>
    <message>
        <source>Covers: {quantity}</source>
        <translation>范围和数量：{quantity}</translation>
    </message>
    <message>
        <source>Applies from date code {code}</source>
        <translation>自生产日期码 {code} 起实施</translation>
    </message>
    <message>
        <source>Effectiveness expected: {percent}%</source>
        <translation>预期有效性：{percent}%</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Internal: {note}</source>
        <translation>内部：{note}</translation>
    </message>
    <message>
        <source>Reply to QA by {date} with the cause found and the actions taken, and carry out each action by its due date. Each action is verified by QA.</source>
        <translation>请于 {date} 前将原因分析和所采取的措施回复品保部，并在到期日期前落实每项措施。每项措施均由品保验证。</translation>
    </message>
    <message>
        <source>Issued by (QA)</source>
        <translation>发出人（品保）</translation>
    </message>
    <message>
        <source>Received by (responsible department)</source>
        <translation>接收人（责任部门）</translation>
    </message>
    <message>
        <source>Internal: not for the customer</source>
        <translation>内部资料，不得提供给客户</translation>
    </message>
</context>
<context>
    <name>OverdueActions</name>
    <message>
        <source>Actions overdue</source>
        <translation>超期措施</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>客诉编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <source>Export the pack</source>
        <translation>导出调查包</translation>
    </message>
    <message>
        <source>The return pack holds your visits on this laptop: their checklists, coil lines, photos and the customers&apos; confirmations. Take it to the factory, where it is merged with File → Open visit pack.</source>
        <translation>回传包包含您在这台电脑上的现场调查：检查表、钢卷行、照片和客户确认。请带回工厂，在“文件 → 打开现场调查包”中合并。</translation>
    </message>
    <message>
        <source>The pack holds what a field laptop needs for the visits: the complaints with their coils, the customer, the checklists, the person&apos;s account and signing key, and the authority rules. It is signed with your key.</source>
        <translation>调查包包含外勤电脑进行现场调查所需的内容：客诉及其钢卷、客户、检查表、该人员的账户和签名密钥，以及审批权限。调查包以您的密钥签名。</translation>
    </message>
    <message>
        <source>Save the visit pack</source>
        <translation>保存现场调查包</translation>
    </message>
    <message>
        <source>Visit packs (*%1)</source>
        <translation>现场调查包 (*%1)</translation>
    </message>
</context>
<context>
    <name>PackExportForm</name>
    <message>
        <source>Export a visit pack</source>
        <translation>导出现场调查包</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>客诉编号</translation>
    </message>
    <message>
        <source>CC-2026-0042, CC-2026-0043</source>
        <translation>CC-2026-0042, CC-2026-0043</translation>
    </message>
    <message>
        <source>For</source>
        <translation>交给</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <source>Open &amp;visit pack…</source>
        <translation>打开现场调查包(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport visit pack…</source>
        <translation>导出现场调查包(&amp;X)…</translation>
    </message>
    <message numerus="yes">
        <source>Visit pack &amp;conflicts (%n)…</source>
        <translation>
            <numerusform>现场调查包冲突(&amp;C)（%n）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a visit pack</source>
        <translation>打开现场调查包</translation>
    </message>
    <message>
        <source>Visit packs (*%1)</source>
        <translation>现场调查包 (*%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed at both ends wait for your choice.</source>
        <translation>
            <numerusform>有 %n 个字段在两端都被修改，等待您选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit pack was written to %1.</source>
        <translation>现场调查包已保存到 %1。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This visit pack was imported before; nothing changed.</source>
        <translation>此现场调查包以前已导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Visit pack imported (%1): %2 new, %3 merged, %4 unchanged records.</source>
        <translation>现场调查包已导入（%1）：新增 %2 条，合并 %3 条，未变 %4 条记录。</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>文件 {name} 不存在。</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}).</source>
        <translation>无法读取 {name}（{error}）。</translation>
    </message>
    <message>
        <source>{name} is not a visit pack.</source>
        <translation>{name} 不是现场调查包。</translation>
    </message>
    <message>
        <source>{name} is not a visit pack: it holds other data before or after the pack, as a picture with a pack hidden in it would.</source>
        <translation>{name} 不是现场调查包：包的前面或后面夹带了其他数据，就像藏着调查包的图片那样。</translation>
    </message>
    <message>
        <source>{name} is incomplete: it was cut short while being copied or saved; copy it again from the original.</source>
        <translation>{name} 不完整：复制或保存时被截断了；请从原文件重新复制。</translation>
    </message>
    <message>
        <source>{name} is damaged or was altered: its table of contents does not match what it holds.</source>
        <translation>{name} 已损坏或被篡改：其目录与实际内容不符。</translation>
    </message>
    <message>
        <source>{name} is one part of a split archive; a visit pack is always a single file.</source>
        <translation>{name} 是分卷压缩文件的一部分；现场调查包始终是单个文件。</translation>
    </message>
    <message>
        <source>{name} holds a member with an unsafe name ({member}), so it is refused.</source>
        <translation>{name} 中有一个名称不安全的文件（{member}），已拒绝。</translation>
    </message>
    <message>
        <source>{name} holds {member}, which is a link or a folder rather than a file, so it is refused.</source>
        <translation>{name} 中的 {member} 是链接或文件夹而不是文件，已拒绝。</translation>
    </message>
    <message>
        <source>{name} holds two members named {member} (ignoring letter case), so it is refused.</source>
        <translation>{name} 中有两个名为 {member} 的文件（不区分大小写），已拒绝。</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} members, more than any visit pack, so it is refused.</source>
        <translation>{name} 包含超过 {limit} 个文件，多于任何现场调查包，已拒绝。</translation>
    </message>
    <message>
        <source>{name} holds {member}, which expands to more than {limit}, so it is refused.</source>
        <translation>{name} 中的 {member} 解压后超过 {limit}，已拒绝。</translation>
    </message>
    <message>
        <source>{name} expands to more than {limit} in all, so it is refused.</source>
        <translation>{name} 解压后总计超过 {limit}，已拒绝。</translation>
    </message>
    <message>
        <source>{name} holds {member}, which expands more than {ratio} times (a compression bomb), so it is refused.</source>
        <translation>{name} 中的 {member} 解压后膨胀超过 {ratio} 倍（压缩炸弹），已拒绝。</translation>
    </message>
    <message>
        <source>{name} holds {member}, compressed in a way QA Desktop does not read (only stored and deflate), so it is refused.</source>
        <translation>{name} 中的 {member} 使用了 QA Desktop 不能读取的压缩方式（仅支持不压缩和 deflate），已拒绝。</translation>
    </message>
    <message>
        <source>{name} holds {member}, which is encrypted; visit packs are never encrypted, so it is refused.</source>
        <translation>{name} 中的 {member} 已加密；现场调查包从不加密，已拒绝。</translation>
    </message>
    <message>
        <source>{name} has no manifest, so it was not written by QA Desktop.</source>
        <translation>{name} 没有清单，不是 QA Desktop 生成的。</translation>
    </message>
    <message>
        <source>The manifest of {name} cannot be read: the pack was damaged or was not written by QA Desktop.</source>
        <translation>无法读取 {name} 的清单：该包已损坏，或不是 QA Desktop 生成的。</translation>
    </message>
    <message>
        <source>{name} was made by a newer QA Desktop; update this one first.</source>
        <translation>{name} 由更新版本的 QA Desktop 生成；请先升级本程序。</translation>
    </message>
    <message>
        <source>{name} is not signed, so it cannot be trusted.</source>
        <translation>{name} 没有签名，无法信任。</translation>
    </message>
    <message>
        <source>The signature of {name} does not match its manifest: the pack was altered after it was signed.</source>
        <translation>{name} 的签名与其清单不符：该包在签名后被修改过。</translation>
    </message>
    <message>
        <source>{name} is signed by {user} with a key this database does not know ({fingerprint}), so it cannot be trusted.</source>
        <translation>{name} 由 {user} 用本数据库不认识的密钥（{fingerprint}）签名，无法信任。</translation>
    </message>
    <message>
        <source>{name} is signed by {user} with a key the department key has not certified, so it cannot be trusted.</source>
        <translation>{name} 由 {user} 用未经部门密钥认证的密钥签名，无法信任。</translation>
    </message>
    <message>
        <source>{name} holds {member}, which its manifest does not list: the pack was altered after it was signed.</source>
        <translation>{name} 中的 {member} 未列在清单中：该包在签名后被修改过。</translation>
    </message>
    <message>
        <source>{name} lacks {member}, which its manifest lists: the pack is incomplete or was altered.</source>
        <translation>{name} 缺少清单中列出的 {member}：该包不完整或被修改过。</translation>
    </message>
    <message>
        <source>{member} in {name} does not match its manifest: the pack was damaged or altered after it was signed.</source>
        <translation>{name} 中的 {member} 与清单不符：该包在签名后损坏或被修改过。</translation>
    </message>
    <message>
        <source>{name} is a return pack from a laptop; import it into the factory&apos;s database instead.</source>
        <translation>{name} 是笔记本电脑回传的现场调查包；请改为导入工厂的数据库。</translation>
    </message>
    <message>
        <source>{name} is a visit pack for a laptop; import it into the laptop&apos;s database instead.</source>
        <translation>{name} 是发往笔记本电脑的现场调查包；请改为导入笔记本电脑上的数据库。</translation>
    </message>
    <message>
        <source>A visit pack holds at most {limit} files; export fewer cases at once.</source>
        <translation>一个现场调查包最多容纳 {limit} 个文件；请减少一次导出的客诉数量。</translation>
    </message>
    <message>
        <source>A visit pack holds at most {limit} in all; export fewer cases at once.</source>
        <translation>一个现场调查包总计最多容纳 {limit}；请减少一次导出的客诉数量。</translation>
    </message>
    <message>
        <source>{member} is larger than {limit}, more than a visit pack may hold.</source>
        <translation>{member} 大于 {limit}，超出现场调查包允许的大小。</translation>
    </message>
    <message>
        <source>Say whose laptop the pack is for with --for USER (or leave out --case on the laptop).</source>
        <translation>请用 --for USER 指明调查包给谁的电脑（在外勤电脑上则不要写 --case）。</translation>
    </message>
    <message>
        <source>The pack&apos;s {table} record {key} cannot be read: {reason}.</source>
        <translation>无法读取调查包中的 {table} 记录 {key}：{reason}。</translation>
    </message>
    <message>
        <source>A pack of this kind does not carry {table} records.</source>
        <translation>此类调查包不能携带 {table} 记录。</translation>
    </message>
    <message>
        <source>The pack&apos;s {table} record {key} refers to something this database lacks ({what}).</source>
        <translation>调查包中的 {table} 记录 {key} 引用了本数据库没有的内容（{what}）。</translation>
    </message>
    <message>
        <source>There is no complaint {case}.</source>
        <translation>没有客诉 {case}。</translation>
    </message>
    <message>
        <source>{case} has no open visit assigned to {user}: plan one before exporting its pack.</source>
        <translation>{case} 没有指派给 {user} 的未完成现场调查：请先计划现场调查再导出调查包。</translation>
    </message>
    <message>
        <source>{user} is no longer an active account: a pack is made for someone who signs in.</source>
        <translation>{user} 已不是有效账户：调查包只为能够登录的人员生成。</translation>
    </message>
    <message>
        <source>Name at least one complaint to put in the pack.</source>
        <translation>请至少指定一个要放入调查包的客诉。</translation>
    </message>
    <message>
        <source>{user} has no visits here to send back.</source>
        <translation>{user} 在此没有可回传的现场调查。</translation>
    </message>
    <message>
        <source>{user} may not export visit packs: the authority matrix gives them {action} neither.</source>
        <translation>{user} 不能导出现场调查包：审批权限表未给其“{action}”的权限。</translation>
    </message>
    <message>
        <source>This database did not come from a visit pack: a return pack is made on the field laptop.</source>
        <translation>本数据库不是由现场调查包建立的：回传包应在外勤电脑上生成。</translation>
    </message>
    <message>
        <source>This pack was made from this very database.</source>
        <translation>此调查包就是由本数据库导出的。</translation>
    </message>
    <message>
        <source>This is an outbound pack for a field laptop; it is not imported at the factory.</source>
        <translation>这是发往外勤电脑的调查包，不在工厂导入。</translation>
    </message>
    <message>
        <source>This return pack belongs to another factory&apos;s database: it was not sent from here.</source>
        <translation>此回传包属于另一个工厂的数据库：不是从这里发出的。</translation>
    </message>
    <message>
        <source>This pack is certified by another department&apos;s key than this database&apos;s.</source>
        <translation>此调查包由另一个部门的密钥认证，不是本数据库的部门密钥。</translation>
    </message>
    <message>
        <source>The pack&apos;s records cannot be read: {reason}.</source>
        <translation>无法读取调查包中的记录：{reason}。</translation>
    </message>
    <message>
        <source>Sign in to import into this database: it has accounts.</source>
        <translation>本数据库已有账户：请先登录再导入。</translation>
    </message>
    <message>
        <source>This pack was made at {made}, before a pack from the same computer imported already (made at {later}): it would put back what the later one changed, so nothing was imported.</source>
        <translation>此调查包生成于 {made}，早于已导入的同一台电脑的调查包（生成于 {later}）：导入它会把后者的修改改回去，因此未导入任何内容。</translation>
    </message>
    <message>
        <source>The pack&apos;s account for {user} cannot be read.</source>
        <translation>无法读取调查包中 {user} 的账户。</translation>
    </message>
    <message>
        <source>The pack&apos;s setting {key} cannot be used: {reason}</source>
        <translation>调查包中的设置 {key} 无法使用：{reason}</translation>
    </message>
    <message>
        <source>It is not text.</source>
        <translation>它不是文本。</translation>
    </message>
    <message>
        <source>The pack&apos;s authority matrix cannot be read.</source>
        <translation>无法读取调查包中的审批权限表。</translation>
    </message>
    <message>
        <source>This pack is for {user}: it is imported into their laptop&apos;s database.</source>
        <translation>此调查包是给 {user} 的：应导入其外勤电脑的数据库。</translation>
    </message>
    <message>
        <source>The pack&apos;s file {name} is not what its records say.</source>
        <translation>调查包中的文件 {name} 与其记录不符。</translation>
    </message>
    <message>
        <source>The pack holds a file its records do not name: {name}.</source>
        <translation>调查包中有记录未列出的文件：{name}。</translation>
    </message>
    <message>
        <source>The pack holds a visit this database never planned ({key}).</source>
        <translation>调查包中有本数据库从未计划过的现场调查（{key}）。</translation>
    </message>
    <message>
        <source>Visit {number} of {case} is assigned to {user}, not to the pack&apos;s signer {signer}.</source>
        <translation>{case} 第 {number} 次现场调查指派给 {user}，而不是调查包的签名人 {signer}。</translation>
    </message>
    <message>
        <source>The pack&apos;s {table} record {key} belongs to no visit the pack brings.</source>
        <translation>调查包中的 {table} 记录 {key} 不属于包内任何现场调查。</translation>
    </message>
    <message>
        <source>The record of visit {number} of {case} is refused: {reason}</source>
        <translation>{case} 第 {number} 次现场调查的记录被拒绝：{reason}</translation>
    </message>
    <message>
        <source>The pack makes visit {number} of {case} {state}, which a field laptop cannot: it only starts, finishes and reopens visits.</source>
        <translation>调查包将 {case} 第 {number} 次现场调查设为“{state}”，外勤电脑无权这样做：外勤电脑只能开始、完成和重新打开现场调查。</translation>
    </message>
    <message>
        <source>The customer&apos;s confirmation on visit {number} of {case} does not verify: {reason}.</source>
        <translation>{case} 第 {number} 次现场调查的客户确认校验失败：{reason}。</translation>
    </message>
    <message>
        <source>Visit {number} of {case} has an unknown state.</source>
        <translation>{case} 第 {number} 次现场调查的状态未知。</translation>
    </message>
    <message>
        <source>Another program made {path} meanwhile: import the pack into it again.</source>
        <translation>其间另一个程序已建立 {path}：请重新将调查包导入该文件。</translation>
    </message>
</context>
<context>
    <name>PaperSignatureDialog</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Scan of the signed sheet</source>
        <translation>已签字审批单的扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Choose the scan of the signed sheet first.</source>
        <translation>请先选择已签字审批单的扫描件。</translation>
    </message>
</context>
<context>
    <name>PaperSignatureForm</name>
    <message>
        <source>Record paper signature</source>
        <translation>记录纸质签字</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Decision on the sheet</source>
        <translation>审批单上的意见</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Comment written on the sheet (required for a rejection)</source>
        <translation>审批单上写的意见（驳回时必填）</translation>
    </message>
    <message>
        <source>Scan of the signed sheet</source>
        <translation>已签字审批单的扫描件</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Your password (you record it)</source>
        <translation>您的密码（由您记录）</translation>
    </message>
    <message>
        <source>You record what the signer wrote on the printed sheet; your password signs the record as yours, never as theirs.</source>
        <translation>您记录的是签字人在打印的审批单上写下的内容；您的密码以您本人的名义签署这条记录，绝不代替签字人签名。</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>A password cannot contain tabs, line breaks or invisible control characters.</source>
        <translation>密码不能包含制表符、换行符或不可见的控制字符。</translation>
    </message>
    <message>
        <source>A password cannot begin or end with a space.</source>
        <translation>密码的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <source>A password can have at most {maximum} characters.</source>
        <translation>密码最多只能有 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>A password cannot be one character repeated.</source>
        <translation>密码不能由同一个字符重复组成。</translation>
    </message>
    <message>
        <source>A password of digits only needs at least {minimum} digits.</source>
        <translation>纯数字的密码至少需要 {minimum} 位。</translation>
    </message>
    <message>
        <source>A password cannot be a run of consecutive characters such as 12345678 or abcdefgh.</source>
        <translation>密码不能是 12345678 或 abcdefgh 这样的连续字符。</translation>
    </message>
    <message>
        <source>This is one of the most common passwords: choose another.</source>
        <translation>这是最常见的密码之一，请另选一个。</translation>
    </message>
    <message>
        <source>A password cannot contain your user id.</source>
        <translation>密码不能包含您的用户名。</translation>
    </message>
    <message>
        <source>A password cannot contain your name.</source>
        <translation>密码不能包含您的姓名。</translation>
    </message>
</context>
<context>
    <name>PhotoCount</name>
    <message>
        <source>No photo attached yet</source>
        <translation>尚未添加照片</translation>
    </message>
    <message numerus="yes">
        <source>Photos attached: %n</source>
        <translation>
            <numerusform>已添加照片：%n 张</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <source>That is %1 files: add at most %2 photos at a time, this visit&apos;s.</source>
        <translation>共 %1 个文件：每次最多添加 %2 张照片，请只选本次调查的照片。</translation>
    </message>
    <message>
        <source>There is no photo there to add.</source>
        <translation>那里没有可添加的照片。</translation>
    </message>
    <message>
        <source>Adding photos was stopped; none of them was added.</source>
        <translation>已停止添加照片，所选照片均未添加。</translation>
    </message>
    <message>
        <source>Preparing photos…</source>
        <translation>正在准备照片…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Adding photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Preparing photo %1 of %2…</source>
        <translation>正在准备第 %1 张照片（共 %2 张）…</translation>
    </message>
    <message>
        <source>%1 is not a photo (JPEG or PNG); only photos are taken here.</source>
        <translation>%1 不是照片（JPEG 或 PNG），此处只接受照片。</translation>
    </message>
    <message>
        <source>%1 is the same photo as %2; it was not added again.</source>
        <translation>%1 与 %2 是同一张照片，未重复添加。</translation>
    </message>
    <message>
        <source>1 other file in the folder (a video, a document) was passed over: only JPEG and PNG photos are taken.</source>
        <translation>文件夹中另有 1 个文件（视频或文档）未添加：只接受 JPEG 和 PNG 照片。</translation>
    </message>
    <message numerus="yes">
        <source>%n other files in the folder (videos, documents) were passed over: only JPEG and PNG photos are taken.</source>
        <translation>
            <numerusform>文件夹中另有 %n 个文件（视频、文档）未添加：只接受 JPEG 和 PNG 照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 could not be read.</source>
        <translation>无法读取文件夹 %1。</translation>
    </message>
    <message>
        <source>Some files were not added:</source>
        <translation>以下文件未添加：</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>The visit as a whole</source>
        <translation>整个现场调查</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Add every photo in a folder</source>
        <translation>添加文件夹中的所有照片</translation>
    </message>
    <message>
        <source>Attached to: %1</source>
        <translation>关联到：%1</translation>
    </message>
    <message>
        <source>Marked: its annotated copy is shown</source>
        <translation>已标注：显示的是标注副本</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Every photo in a folder and its subfolders, such as a camera card&apos;s DCIM folder</source>
        <translation>文件夹及其子文件夹中的所有照片，例如相机存储卡的 DCIM 文件夹</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>or drop photos or a folder here; double-click a photo to view and mark it</source>
        <translation>或把照片、文件夹拖到这里；双击照片可查看和标注</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What the photo shows, e.g. scratch on coil -05 at uncoiling</source>
        <translation>照片内容，例如：卷 -05 开卷时的划伤</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>关联到</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Making the marked copy of the photo…</source>
        <translation>正在生成照片的标注副本…</translation>
    </message>
    <message>
        <source>Close the photo and lose the marks you made?</source>
        <translation>关闭照片并放弃刚才所做的标注吗？</translation>
    </message>
</context>
<context>
    <name>PhotoViewerForm</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Zoom out (−, or the mouse wheel)</source>
        <translation>缩小（−，或滚动鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>放大（+，或滚动鼠标滚轮）</translation>
    </message>
    <message>
        <source>The whole photo in the window (0)</source>
        <translation>在窗口中显示整张照片（0）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>One pixel of the photo on one pixel of the screen (1)</source>
        <translation>照片的一个像素显示为屏幕的一个像素（1）</translation>
    </message>
    <message>
        <source>The photo as it was taken, without the marks</source>
        <translation>拍摄时的原始照片，不显示标注</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>显示原图</translation>
    </message>
    <message>
        <source>Draw on the photo with the mouse, a pen or a finger; drag to pan when this is off</source>
        <translation>用鼠标、手写笔或手指在照片上标注；关闭时拖动可平移照片</translation>
    </message>
    <message>
        <source>Mark the defect</source>
        <translation>标注不良</translation>
    </message>
    <message>
        <source>Drag from where the arrow starts to the defect</source>
        <translation>从箭头起点拖到不良处</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Drag across the defect to circle it</source>
        <translation>在不良处拖动画圈</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆圈</translation>
    </message>
    <message>
        <source>Type the text, then tap where it goes</source>
        <translation>先输入文字，再点击要放置的位置</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Text to place</source>
        <translation>要放置的文字</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>清除标注</translation>
    </message>
</context>
<context>
    <name>PhotosField</name>
    <message>
        <source>The case has no photos yet: attach them to the complaint or take them on a site visit.</source>
        <translation>本客诉尚无照片：请将照片添加为客诉附件，或在现场调查时拍摄。</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Site-visit report…</source>
        <translation>现场调查报告…</translation>
    </message>
    <message>
        <source>The customer&apos;s quantity confirmation…</source>
        <translation>客户签字的不良数量确认单…</translation>
    </message>
    <message>
        <source>Blank confirmation sheet, to sign on paper…</source>
        <translation>空白不良数量确认单（纸质签字用）…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
<context>
    <name>PrintCode</name>
    <message>
        <source>This QR code is not from a QA Desktop printout.</source>
        <translation>此二维码不是 QA Desktop 打印的单据上的二维码。</translation>
    </message>
    <message>
        <source>This QR code was printed by a newer version of QA Desktop: update this copy to read it.</source>
        <translation>此二维码由更新版本的 QA Desktop 打印：请安装新版本后再读取。</translation>
    </message>
    <message>
        <source>This QR code looks like a QA Desktop code, but its content is damaged.</source>
        <translation>此二维码看似 QA Desktop 的二维码，但其内容已损坏。</translation>
    </message>
</context>
<context>
    <name>ProposalRoute</name>
    <message>
        <source>BINDING — final sign-off by %1 on %2</source>
        <translation>已生效 — %1 于 %2 最终批示</translation>
    </message>
    <message>
        <source>PRELIMINARY — not binding until signed by %1</source>
        <translation>初步意见 — 经%1批准签字前不生效</translation>
    </message>
    <message>
        <source>Round %1 (void)</source>
        <translation>第 %1 轮（已作废）</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Not routed yet: submitting it asks the authority matrix who approves.</source>
        <translation>尚未确定审批流程：提交后按审批权限表确定由谁批准。</translation>
    </message>
    <message>
        <source>awaiting signature</source>
        <translation>待签字</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%2 %1，%3</translation>
    </message>
    <message>
        <source>(for %1, delegated by %2)</source>
        <translation>（代%1签署，由 %2 授权代理）</translation>
    </message>
    <message>
        <source>(signed on paper)</source>
        <translation>（纸质签字）</translation>
    </message>
    <message>
        <source>VOID — %1</source>
        <translation>已作废 — %1</translation>
    </message>
    <message>
        <source>revised after a rejection</source>
        <translation>驳回后已修改</translation>
    </message>
    <message>
        <source>the signed content changed</source>
        <translation>已签署的内容有变</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Add at least one line of handling.</source>
        <translation>请至少添加一行处理内容。</translation>
    </message>
    <message>
        <source>Choose the kind of handling.</source>
        <translation>请选择处理方式。</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} 不是数字。</translation>
    </message>
    <message>
        <source>A quantity or an amount cannot be negative.</source>
        <translation>数量或金额不能为负数。</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {places} decimal places.</source>
        <translation>{currency} 金额最多保留 {places} 位小数。</translation>
    </message>
    <message>
        <source>The amount is beyond any settlement this department makes.</source>
        <translation>该金额超出本部门任何赔偿的范围。</translation>
    </message>
    <message>
        <source>{currency} is not a currency this department uses.</source>
        <translation>{currency} 不是本部门使用的币种。</translation>
    </message>
    <message>
        <source>Give the rate used: how many {base} one {currency} was worth.</source>
        <translation>请填写所用汇率：1 {currency} 折合多少 {base}。</translation>
    </message>
    <message>
        <source>Keep the reason under {limit} characters.</source>
        <translation>理由请控制在 {limit} 个字符以内。</translation>
    </message>
    <message>
        <source>Give the unit of the quantity.</source>
        <translation>请填写数量的单位。</translation>
    </message>
    <message>
        <source>{unit} is not a unit; use pcs, t, kg, coils, sheets or m.</source>
        <translation>{unit} 不是单位；请用 pcs、t、kg、coils、sheets 或 m。</translation>
    </message>
    <message>
        <source>There is no such handling proposal (it was removed).</source>
        <translation>没有该拟办意见（已被删除）。</translation>
    </message>
    <message>
        <source>Proposal {number} of {case} was changed by {user} after you opened it.</source>
        <translation>{case} 的第 {number} 号拟办意见在您打开后已被 {user} 修改。</translation>
    </message>
    <message>
        <source>Proposal {number} of {case} is {state}: only a draft can be submitted.</source>
        <translation>{case} 的第 {number} 号拟办意见状态为“{state}”：只有草稿可以提交。</translation>
    </message>
    <message>
        <source>Proposal {number} of {case} is {proposer}&apos;s: only its proposer submits it.</source>
        <translation>{case} 的第 {number} 号拟办意见由 {proposer} 拟定：只有拟定人可以提交。</translation>
    </message>
    <message>
        <source>Say in a sentence what is proposed.</source>
        <translation>请用一句话说明拟办意见。</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Handling proposals of %1 (%2)</source>
        <translation>%1（%2）的拟办意见</translation>
    </message>
    <message>
        <source>Proposal %1 of %2, round %3: %4</source>
        <translation>%2 的第 %1 号拟办意见，第 %3 轮：%4</translation>
    </message>
    <message>
        <source>New proposal (not saved yet)</source>
        <translation>新拟办意见（尚未保存）</translation>
    </message>
    <message>
        <source>No handling proposal on this complaint.</source>
        <translation>本客诉没有拟办意见。</translation>
    </message>
    <message>
        <source>Not routed yet: Submit asks the authority matrix who approves.</source>
        <translation>尚未确定审批流程：提交后按审批权限表确定由谁批准。</translation>
    </message>
    <message>
        <source>Proposal %1 — %2 — round %3 — by %4</source>
        <translation>第 %1 号拟办意见 — %2 — 第 %3 轮 — 拟办人 %4</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>On this complaint so far: %1</source>
        <translation>此客诉累计：%1</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>Save sign-off sheet</source>
        <translation>保存审批单</translation>
    </message>
</context>
<context>
    <name>ProposalsForm</name>
    <message>
        <source>Handling proposals</source>
        <translation>拟办意见</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>新建拟办意见</translation>
    </message>
    <message>
        <source>Start a new handling proposal on the right; Save draft stores it</source>
        <translation>在右侧新建拟办意见；点“保存草稿”即保存</translation>
    </message>
    <message>
        <source>Handling proposal (what is proposed, in a sentence or two)</source>
        <translation>拟办意见（用一两句话说明拟如何处理）</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Route (who approves, from the authority matrix)</source>
        <translation>审批流程（按审批权限表确定由谁批准）</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Route the proposal by the authority matrix; it can no longer be edited without a new round</source>
        <translation>按审批权限表提交审批；此后修改须开始新一轮</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Print sign-off sheet…</source>
        <translation>打印审批单…</translation>
    </message>
    <message>
        <source>Save the proposal&apos;s sign-off sheet as a PDF to print and sign</source>
        <translation>将本拟办意见的审批单保存为 PDF，以便打印签字</translation>
    </message>
    <message>
        <source>Record paper signature…</source>
        <translation>记录纸质签字…</translation>
    </message>
    <message>
        <source>Record a signature given on the printed sign-off sheet, with its scan</source>
        <translation>记录在打印的审批单上的签字，并附上扫描件</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>替身</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>Portable Document Format</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Office Open XML Workbook</source>
        <translation>Excel 工作表</translation>
    </message>
    <message>
        <source>Microsoft Excel Spreadsheet</source>
        <translation>Excel 97-2003 工作表</translation>
    </message>
    <message>
        <source>Office Open XML Document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>Microsoft Word Document</source>
        <translation>Word 97-2003 文档</translation>
    </message>
    <message>
        <source>Office Open XML Presentation</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <source>Microsoft Powerpoint Presentation</source>
        <translation>PowerPoint 97-2003 演示文稿</translation>
    </message>
    <message>
        <source>OpenDocument v1.0: Spreadsheet document</source>
        <translation>ODS 电子表格</translation>
    </message>
    <message>
        <source>Portable Network Graphics</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>Joint Photographic Experts Group</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>Windows bitmap</source>
        <translation>BMP 图像</translation>
    </message>
    <message>
        <source>Graphics Interchange Format</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>Tagged Image File Format</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>Compressed Archive File</source>
        <translation>ZIP 压缩文件</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>RAR 压缩文件</translation>
    </message>
    <message>
        <source>7-zip archive</source>
        <translation>7-Zip 压缩文件</translation>
    </message>
    <message>
        <source>HyperText Markup Language</source>
        <translation>HTML 文档</translation>
    </message>
    <message>
        <source>Extensible Markup Language</source>
        <translation>XML 文档</translation>
    </message>
    <message>
        <source>Microsoft Outlook Message</source>
        <translation>Outlook 邮件</translation>
    </message>
    <message>
        <source>DOS/Windows executable (EXE)</source>
        <translation>可执行文件 (EXE)</translation>
    </message>
    <message>
        <source>Empty document</source>
        <translation>空文档</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>ReceivedTime</name>
    <message>
        <source>Times on this form are in the department&apos;s zone</source>
        <translation>本表中的时间均为本部门所在时区的时间</translation>
    </message>
    <message>
        <source>Entered as %1 (%2)</source>
        <translation>录入时为 %1（%2）</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>A defect code is 2 to 30 small letters, digits or underscores.</source>
        <translation>不良类型代码须为 2 至 30 个小写字母、数字或下划线。</translation>
    </message>
    <message>
        <source>There is already a defect type with the code {code}.</source>
        <translation>已有代码为 {code} 的不良类型。</translation>
    </message>
    <message>
        <source>There is already a defect type called {name}.</source>
        <translation>已有名为 {name} 的不良类型。</translation>
    </message>
    <message>
        <source>There is no defect type {code}.</source>
        <translation>没有不良类型 {code}。</translation>
    </message>
    <message>
        <source>A defect type needs a name.</source>
        <translation>不良类型需要名称。</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Case no.</source>
        <translation>客诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>内销/外销</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Coils / lots</source>
        <translation>钢卷号/批号</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>不良类型</translation>
    </message>
    <message>
        <source>Affected qty</source>
        <translation>不良数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>处理天数</translation>
    </message>
    <message>
        <source>Days since shipment</source>
        <translation>发货至投诉天数</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Received ({zone})</source>
        <translation>受理时间 ({zone})</translation>
    </message>
    <message>
        <source>The register cannot be sorted by {value}; use one of: {allowed}.</source>
        <translation>登记表不能按 {value} 排序；可用：{allowed}。</translation>
    </message>
    <message>
        <source>There is no status {value}; use one of: {allowed}.</source>
        <translation>没有状态 {value}；可用的状态：{allowed}。</translation>
    </message>
    <message>
        <source>There is no severity {value}; use one of: {allowed}.</source>
        <translation>没有严重程度 {value}；可用的严重程度：{allowed}。</translation>
    </message>
    <message>
        <source>There is no category {value}; use one of: {allowed}.</source>
        <translation>没有投诉类别 {value}；可用的投诉类别：{allowed}。</translation>
    </message>
    <message>
        <source>There is no market {value}; use one of: {allowed}.</source>
        <translation>没有内销/外销类别 {value}；可用：{allowed}。</translation>
    </message>
    <message>
        <source>There is no defect type {value}; use one of: {allowed}.</source>
        <translation>没有不良类型 {value}；可用的不良类型：{allowed}。</translation>
    </message>
    <message>
        <source>No complaint has the owner {value}; the owners are: {allowed}.</source>
        <translation>没有负责人为 {value} 的客诉；现有负责人：{allowed}。</translation>
    </message>
    <message>
        <source>No complaint has the product {value}; the products are: {allowed}.</source>
        <translation>没有产品为 {value} 的客诉；现有产品：{allowed}。</translation>
    </message>
    <message>
        <source>There is no due filter {value}; use one of: {allowed}.</source>
        <translation>没有到期筛选条件 {value}；可用：{allowed}。</translation>
    </message>
    <message>
        <source>No complaint has the responsible department {value}; the departments are: {allowed}.</source>
        <translation>没有责任部门为 {value} 的客诉；现有责任部门：{allowed}。</translation>
    </message>
    <message>
        <source>There is no customer {value}; give its name as the customer filter lists it, or its English name.</source>
        <translation>没有客户 {value}；请填写客户筛选列表中的名称，或其英文名称。</translation>
    </message>
    <message>
        <source>A received-date bound must carry its time zone.</source>
        <translation>受理日期范围的边界必须带有时区。</translation>
    </message>
    <message>
        <source>The received-date range ends before it starts ({first} to {last}).</source>
        <translation>受理日期范围的结束早于开始（{first} 至 {last}）。</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>超期完成</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>A response clock is overdue: it was due at %1.</source>
        <translation>有响应时限已超期：到期时间为 %1。</translation>
    </message>
    <message>
        <source>A response clock falls due today, at %1.</source>
        <translation>有响应时限今日到期，到期时间为 %1。</translation>
    </message>
    <message>
        <source>1 response clock was met late.</source>
        <translation>1 项响应时限超期完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n response clocks were met late.</source>
        <translation>
            <numerusform>%n 项响应时限超期完成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Copy case number</source>
        <translation>复制客诉编号</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部投诉类别</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>All due dates</source>
        <translation>全部到期时间</translation>
    </message>
    <message>
        <source>Repeat complaints</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>First complaints</source>
        <translation>首次投诉</translation>
    </message>
    <message>
        <source>Repeat or first</source>
        <translation>重复与首次投诉</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部责任部门</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>All defect types</source>
        <translation>全部不良类型</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>market</source>
        <translation>内销/外销</translation>
    </message>
    <message>
        <source>defect type</source>
        <translation>不良类型</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>received date</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>1 complaint</source>
        <translation>1 条客诉</translation>
    </message>
    <message numerus="yes">
        <source>%n complaints</source>
        <translation>
            <numerusform>%n 条客诉</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>客户投诉登记表</translation>
    </message>
    <message>
        <source>Every word must match. Searches the case no., the customer (its Chinese and English names, and spellings merged into it), product, specification, coil and heat numbers, the defect type (both names, and the words of an &quot;other&quot; defect), owner, description, customer request, material no., order no., delivery note, contact, salesperson, mill certificate no. and the customer&apos;s complaint no. Status, severity, category and market have filters of their own.</source>
        <translation>须匹配全部词语。搜索范围：客诉编号、客户（中文名、英文名及已合并的其他写法）、产品、规格、钢卷号和炉号、不良类型（中英文名称，以及“其他”类不良的说明）、负责人、不良现象、客户诉求、物料编号、订单号、发货单号、联系人、业务员、质保书编号和客户投诉单号。状态、严重程度、投诉类别和内销/外销另有各自的筛选。</translation>
    </message>
    <message>
        <source>Search case no., customer, coil, defect, text… (Ctrl+F)</source>
        <translation>搜索客诉编号、客户、钢卷号、不良类型、内容…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Response clocks: late (a clock overdue now, or one met late) or due on the department&apos;s today</source>
        <translation>响应时限：超期（现已超期，或曾超期完成）或今日（按本部门时区）到期</translation>
    </message>
    <message>
        <source>Repeat complaints: the same customer complained earlier of the same product or defect type</source>
        <translation>重复投诉：同一客户此前就相同产品或相同不良类型投诉过</translation>
    </message>
    <message>
        <source>Only complaints received on or after this day (the department&apos;s day)</source>
        <translation>只显示该日（含）之后受理的客诉（按部门时区）</translation>
    </message>
    <message>
        <source>Only complaints received on or before this day (the department&apos;s day)</source>
        <translation>只显示该日（含）之前受理的客诉（按部门时区）</translation>
    </message>
    <message>
        <source>Show every complaint again</source>
        <translation>重新显示全部客诉</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>内销/外销</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>不良类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>受理日期从</translation>
    </message>
    <message>
        <source>to</source>
        <comment>upper end of the received-date range, as in &quot;received from … to …&quot;</comment>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>RegisterXlsx</name>
    <message>
        <source>Complaint register</source>
        <translation>客户投诉登记表</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>客诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer&apos;s complaint no.</source>
        <translation>客户投诉单号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Domestic / export</source>
        <translation>内销/外销</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Material no.</source>
        <translation>物料编号</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号/合同号</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>发货单号</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Mill certificate no.</source>
        <translation>质保书编号</translation>
    </message>
    <message>
        <source>Coils / lots</source>
        <translation>钢卷号/批号</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>不良类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>不良现象</translation>
    </message>
    <message>
        <source>Defect rate %</source>
        <translation>不良率 %</translation>
    </message>
    <message>
        <source>Affected qty</source>
        <translation>不良数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>State of goods</source>
        <translation>货物状态</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Customer&apos;s claim</source>
        <translation>客户索赔金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Samples returned</source>
        <translation>是否退回样品</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>处理天数</translation>
    </message>
    <message>
        <source>Days since shipment</source>
        <translation>发货至投诉天数</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <source>There is no such complaint (it was removed).</source>
        <translation>没有这条客户投诉（已被删除）。</translation>
    </message>
    <message>
        <source>{case} has nothing in its 8D yet: fill it in before issuing the report.</source>
        <translation>{case} 的 8D 尚无任何内容：请先填写再发出报告。</translation>
    </message>
    <message>
        <source>Say to whom the reply was sent.</source>
        <translation>请说明回复发给了谁。</translation>
    </message>
    <message>
        <source>Name the recipient in at most {limit} characters.</source>
        <translation>收件人最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Choose how the reply was sent: {choices}.</source>
        <translation>请选择回复的发送方式：{choices}。</translation>
    </message>
    <message>
        <source>Say in a sentence what the reply told the customer.</source>
        <translation>请用一句话说明回复告诉了客户什么。</translation>
    </message>
    <message>
        <source>Keep the summary to at most {limit} characters.</source>
        <translation>摘要最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>There is no such reply (it was removed).</source>
        <translation>没有这条回复（已被删除）。</translation>
    </message>
    <message>
        <source>This reply to {case} was sent without a document.</source>
        <translation>这条对 {case} 的回复发送时没有附带文件。</translation>
    </message>
    <message>
        <source>The stored document of this reply to {case} no longer matches the hash recorded when it was sent: restore the database from a backup.</source>
        <translation>这条对 {case} 的回复所保存的文件与发送时记录的哈希值不再一致：请从备份恢复数据库。</translation>
    </message>
    <message>
        <source>Say whom the 8D report is issued to: --to NAME.</source>
        <translation>请说明 8D 报告发给谁：--to 姓名。</translation>
    </message>
    <message>
        <source>--to names whom an issued report went to: add --issue, or leave --to out.</source>
        <translation>--to 用于说明已发出的报告发给了谁：请加上 --issue，或去掉 --to。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>The customer&apos;s 8D report</source>
        <translation>客户的 8D报告</translation>
    </message>
    <message>
        <source>The report prints only what the customer may see: the fields marked internal and the factory&apos;s working never appear on it. It shows the 8D as saved.</source>
        <translation>报告只打印客户可以看到的内容：标为内部的字段和工厂内部的分析过程不会出现在报告上。报告按已保存的 8D 生成。</translation>
    </message>
    <message>
        <source>Preview the 8D report (English)</source>
        <translation>预览 8D报告（English）</translation>
    </message>
    <message>
        <source>Preview the 8D report (中文)</source>
        <translation>预览 8D报告（中文）</translation>
    </message>
    <message>
        <source>Issue to the customer…</source>
        <translation>发给客户…</translation>
    </message>
    <message>
        <source>Issued revisions</source>
        <translation>已发出的版本</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>发送对象</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No revision issued yet.</source>
        <translation>尚未发出任何版本。</translation>
    </message>
    <message>
        <source>The preview shows the 8D as saved; your unsaved changes are not in it.</source>
        <translation>预览按已保存的 8D 生成；您尚未保存的更改不在其中。</translation>
    </message>
    <message>
        <source>Writing the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Save the 8D first: the report is made from what is saved.</source>
        <translation>请先保存 8D：报告按已保存的内容生成。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Preview written: %1</source>
        <translation>预览已生成：%1</translation>
    </message>
    <message>
        <source>Revision %1 issued to %2.</source>
        <translation>第 %1 版已发给 %2。</translation>
    </message>
</context>
<context>
    <name>RoleActionDialog</name>
    <message>
        <source>Your password (%1)</source>
        <translation>您的密码（%1）</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <source>The code is what the authority matrix names the role by; it cannot be changed later. The names are what people read.</source>
        <translation>代码是审批权限表用来指称该角色的标识，以后不能更改；名称是给人看的。</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>重命名角色</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New names for the role %1; its code and its rights stay.</source>
        <translation>为角色 %1 设置新名称；其代码和权限保持不变。</translation>
    </message>
    <message>
        <source>Enter your own password to confirm the change.</source>
        <translation>请输入您自己的密码以确认此更改。</translation>
    </message>
    <message>
        <source>Added the role %1.</source>
        <translation>已添加角色 %1。</translation>
    </message>
    <message>
        <source>Renamed the role %1.</source>
        <translation>已重命名角色 %1。</translation>
    </message>
</context>
<context>
    <name>RoleActionForm</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
</context>
<context>
    <name>RolesForm</name>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>A new role has no rights until the authority matrix (Tools → Authority matrix…) gives it some.</source>
        <translation>新角色在审批权限表（工具 → 审批权限表…）授予权限之前没有任何权限。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Active accounts</source>
        <translation>正常账户数</translation>
    </message>
    <message>
        <source>&amp;Add role…</source>
        <translation>添加角色(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>RowsField</name>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Remove the rows of the selected cells</source>
        <translation>删除所选单元格所在的行</translation>
    </message>
    <message>
        <source>A day as YYYY-MM-DD, such as 2026-03-12</source>
        <translation>日期格式为 YYYY-MM-DD，例如 2026-03-12</translation>
    </message>
</context>
<context>
    <name>RulesTable</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 more problems are marked in the table.</source>
        <translation>另有 %1 个问题已在表中标出。</translation>
    </message>
    <message>
        <source>&amp;Remove new clock</source>
        <translation>删除新时限(&amp;R)</translation>
    </message>
    <message>
        <source>Put back in &amp;use</source>
        <translation>恢复使用(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Scans</name>
    <message>
        <source>{file} is not a PDF, JPEG or PNG file, so it cannot be read as a scan.</source>
        <translation>{file} 不是 PDF、JPEG 或 PNG 文件，无法作为扫描件读取。</translation>
    </message>
    <message>
        <source>{file} is a damaged PDF that cannot be opened: scan the sheet again.</source>
        <translation>{file} 是已损坏的 PDF，无法打开：请重新扫描该单据。</translation>
    </message>
    <message>
        <source>{file} is protected by a password: save the scan again without one.</source>
        <translation>{file} 设有密码保护：请重新保存一份不带密码的扫描件。</translation>
    </message>
    <message>
        <source>This sheet was printed from another database; attach it there.</source>
        <translation>此单据由另一个数据库打印；请附到那个数据库中。</translation>
    </message>
    <message>
        <source>The sheet&apos;s code names a proposal this database does not have.</source>
        <translation>单据二维码所指的拟办意见不在此数据库中。</translation>
    </message>
    <message>
        <source>No QA Desktop code could be read on {file}; attach it to a case by hand (--case CASE_NO).</source>
        <translation>无法在 {file} 上读出 QA Desktop 二维码；请手动附到客诉（--case 客诉编号）。</translation>
    </message>
    <message>
        <source>Attached to {case}, proposal {number}: the printed version {version} is the current one.</source>
        <translation>已附到 {case} 第 {number} 号拟办意见：打印的版本 {version} 即当前版本。</translation>
    </message>
    <message>
        <source>Attached to {case}, proposal {number}: printed version differs from the current one — the signatures on paper are for version {version} (now {current}).</source>
        <translation>已附到 {case} 第 {number} 号拟办意见：打印的版本与当前版本不同 — 纸质签字针对的是版本 {version}（当前为 {current}）。</translation>
    </message>
    <message>
        <source>Attached to {case} by hand.</source>
        <translation>已手动附到 {case}。</translation>
    </message>
    <message>
        <source>This is the quantity confirmation of visit {number} of {case}, signed on paper: record it in the visit&apos;s window (Customer signed on paper…) with the signer&apos;s name and position.</source>
        <translation>这是 {case} 第 {number} 次现场调查的不良数量确认单（纸质签字）：请在该现场调查窗口中（客户纸质签字…）记录签字人的姓名和职务。</translation>
    </message>
    <message>
        <source>The sheet&apos;s code names a site visit this database does not have.</source>
        <translation>此单据的二维码指向本数据库没有的现场调查。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>One form per line, written as the number is printed: # a digit, @ a letter, ? a letter or digit, * any characters (or none); every other character stands for itself.</source>
        <translation>每行一种格式，按钢卷号的印刷样式书写：# 代表一位数字，@ 代表一个字母，? 代表一个字母或数字，* 代表任意个字符（也可以没有）；其他字符照原样书写。</translation>
    </message>
    <message>
        <source>Prefix of case numbers: CC-YYYY-NNNN.</source>
        <translation>客诉编号的前缀：CC-YYYY-NNNN。</translation>
    </message>
    <message>
        <source>How far a received time may lie ahead of this PC&apos;s clock (clock drift).</source>
        <translation>受理时间最多可比本机时钟超前多少（时钟偏差）。</translation>
    </message>
    <message>
        <source>The department&apos;s time zone: every time is shown in it, e.g. Asia/Shanghai.</source>
        <translation>本部门所在时区：所有时间均按此时区显示，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>Wrong passwords in a row that lock an account until an administrator unlocks it.</source>
        <translation>连续输错密码达到此次数即锁定账户，直到管理员解锁。</translation>
    </message>
    <message>
        <source>Minutes without use after which the window locks and asks for the password.</source>
        <translation>无操作达到此分钟数后窗口锁定，需重新输入密码。</translation>
    </message>
    <message>
        <source>There is no setting called &apos;{key}&apos;{hint}; the department&apos;s settings are: {known}.</source>
        <translation>没有名为“{key}”的设置{hint}；部门设置有：{known}。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>{zone} is not a time zone this PC knows; e.g. Asia/Shanghai.</source>
        <translation>本机不认识时区 {zone}；请填写例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>The case prefix must be one to six capital letters.</source>
        <translation>客诉编号前缀须为 1 至 6 个大写字母。</translation>
    </message>
    <message>
        <source>Enter between 0 and 1440 minutes.</source>
        <translation>请输入 0 至 1440 分钟。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入 {low} 至 {high} 之间的整数。</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Approve proposal</source>
        <translation>批准拟办意见</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>驳回拟办意见</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>Your password (your signature)</source>
        <translation>您的密码（即您的签名）</translation>
    </message>
    <message>
        <source>Signing with your password is your handwritten signature on this proposal.</source>
        <translation>用密码签署即等同于您在此拟办意见上的亲笔签字。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Field laptop: open a visit pack…</source>
        <translation>外勤电脑：打开现场调查包…</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Quit…</source>
        <translation>退出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create its administrator: the account that adds the others and holds the department key that certifies their signatures. Administering grants no right to approve.</source>
        <translation>此数据库还没有账户。请创建管理员：管理员负责添加其他账户，并持有为他们的签名作证的部门密钥。管理权限本身不含任何审批权。</translation>
    </message>
    <message>
        <source>The window was locked. Enter your password to go on.</source>
        <translation>窗口已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <source>Your password was set by an administrator: choose your own before you go on.</source>
        <translation>您的密码由管理员设置：请先设定您自己的密码再继续。</translation>
    </message>
    <message>
        <source>Your signing key is sealed anew under the new password.</source>
        <translation>您的签名密钥将以新密码重新加密保存。</translation>
    </message>
    <message>
        <source>Sign in with your user id and password.</source>
        <translation>请用您的用户名和密码登录。</translation>
    </message>
    <message>
        <source>Open a visit pack</source>
        <translation>打开现场调查包</translation>
    </message>
    <message>
        <source>Visit packs (*%1)</source>
        <translation>现场调查包 (*%1)</translation>
    </message>
    <message>
        <source>The visit pack for %1 is imported: sign in with your own password.</source>
        <translation>%1 的现场调查包已导入：请用您自己的密码登录。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name.</source>
        <translation>请填写签字人姓名。</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s position.</source>
        <translation>请填写签字人职务。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>重新签名</translation>
    </message>
    <message>
        <source>Clear the signature and sign again.</source>
        <translation>清除签名并重新签名。</translation>
    </message>
</context>
<context>
    <name>SignatureForm</name>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>签字人姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>Proposal {number} of {case} is {state}: there is nothing to sign.</source>
        <translation>{case} 的第 {number} 号拟办意见状态为“{state}”：没有需要签名的内容。</translation>
    </message>
    <message>
        <source>Proposal {number} of {case} changed since it was submitted; it must be submitted again.</source>
        <translation>{case} 的第 {number} 号拟办意见在提交后已被修改，必须重新提交。</translation>
    </message>
    <message>
        <source>Say why the proposal is rejected.</source>
        <translation>请说明驳回的理由。</translation>
    </message>
</context>
<context>
    <name>Signoff</name>
    <message>
        <source>Proposal {number} of {case} is a draft: submit it before printing its sign-off sheet.</source>
        <translation>{case} 的第 {number} 号拟办意见还是草稿：请先提交，再打印审批单。</translation>
    </message>
    <message>
        <source>{case} has no handling proposal {number}.</source>
        <translation>{case} 没有第 {number} 号拟办意见。</translation>
    </message>
</context>
<context>
    <name>SignoffPdf</name>
    <message>
        <source>Handling Proposal Sign-off Sheet</source>
        <translation>拟办意见审批单</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>客诉编号</translation>
    </message>
    <message>
        <source>Proposal no. {number}, version {version}</source>
        <translation>拟办意见第 {number} 号，第 {version} 版</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>拟办人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Coils / lots concerned</source>
        <translation>涉及卷号 / 批号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Total of this proposal ({currency})</source>
        <translation>本拟办意见合计（{currency}）</translation>
    </message>
    <message>
        <source>Cumulative on this complaint ({currency})</source>
        <translation>本客诉累计金额（{currency}）</translation>
    </message>
    <message>
        <source>Authority matrix version</source>
        <translation>审批权限表版本</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <source>Department key fingerprint</source>
        <translation>部门密钥指纹</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>Proposed handling</source>
        <translation>拟办意见</translation>
    </message>
    <message>
        <source>Sign-off route</source>
        <translation>审批流程</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Base amount</source>
        <translation>折合本位币金额</translation>
    </message>
    <message>
        <source>No handling line proposed.</source>
        <translation>未提出处理方式。</translation>
    </message>
    <message>
        <source>Signed electronically</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>纸质签字</translation>
    </message>
    <message>
        <source>for {delegator}, as delegate</source>
        <translation>授权代理：代 {delegator} 签署</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>The content changed after this signature.</source>
        <translation>签名后内容已更改。</translation>
    </message>
    <message>
        <source>To be signed</source>
        <translation>待签字</translation>
    </message>
    <message>
        <source>PRELIMINARY — not binding until signed by the {role}</source>
        <translation>初步意见 — 经{role}批准签字前不生效</translation>
    </message>
    <message>
        <source>PRELIMINARY</source>
        <translation>初步意见</translation>
    </message>
    <message>
        <source>BINDING — final sign-off by {name} on {date}</source>
        <translation>已生效 — {name} 于 {date} 最终批示</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>续</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>From the case (entered elsewhere, read only)</source>
        <translation>来自本客诉（在别处录入，只读）</translation>
    </message>
    <message>
        <source>* needed before the step can be completed</source>
        <translation>* 完成此步骤前必须填写</translation>
    </message>
    <message>
        <source>Occurrence: why it was made</source>
        <translation>产生原因：为什么会产生</translation>
    </message>
    <message>
        <source>Escape: why it was not caught</source>
        <translation>流出原因：为什么没有检出</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <source>Completed by %1 on %2</source>
        <translation>%1 于 %2 完成</translation>
    </message>
    <message>
        <source>Reopened on %1: %2</source>
        <translation>%1 重新打开：%2</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>changes not saved</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Completed by %1 on %2 with an electronic signature. Saving a change to it reopens it and voids the signature.</source>
        <translation>%1 于 %2 以电子签名完成。保存对它的更改会重新打开此步骤，签名作废。</translation>
    </message>
    <message>
        <source>Reopened on %1: %2. Complete it again once it is right.</source>
        <translation>%1 重新打开：%2。内容无误后请再次完成。</translation>
    </message>
    <message>
        <source>Its target date %1 has passed: the step is overdue.</source>
        <translation>目标日期 %1 已过：此步骤已超期。</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>No owner or target date yet</source>
        <translation>尚无负责人或目标日期</translation>
    </message>
    <message>
        <source>The customer&apos;s 8D report</source>
        <translation>客户的 8D报告</translation>
    </message>
    <message>
        <source>Not issued yet</source>
        <translation>尚未发出</translation>
    </message>
    <message numerus="yes">
        <source>Issued revisions: %n</source>
        <translation>
            <numerusform>已发出的版本：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingXlsx</name>
    <message>
        <source>Complaint tracking table</source>
        <translation>客户投诉处理跟踪表</translation>
    </message>
    <message>
        <source>{clock}: due</source>
        <translation>{clock}：到期时间</translation>
    </message>
    <message>
        <source>{clock}: status</source>
        <translation>{clock}：状态</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>客诉编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>投诉是否成立</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>未完成措施</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>超期措施</translation>
    </message>
    <message>
        <source>Actions in all</source>
        <translation>措施总数</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>处理天数</translation>
    </message>
    <message>
        <source>Days since shipment</source>
        <translation>发货至投诉天数</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Latest 8D report revision</source>
        <translation>最新8D报告版本</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>超期完成</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>UsersForm</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Every change here asks for your password again and is kept in the audit trail. A user id is never reused: a deactivated account stays, with its history.</source>
        <translation>此处的每项更改都会再次要求输入您的密码，并记入审计记录。用户名永不重复使用：停用的账户连同其历史一并保留。</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须更改密码</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>角色(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>The account&apos;s audit trail: created, roles, passwords, locks, keys</source>
        <translation>账户的审计记录：创建、角色、密码、锁定、密钥</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>The department&apos;s roles: add one, or rename one.</source>
        <translation>部门的角色：添加或重命名角色。</translation>
    </message>
    <message>
        <source>Role &amp;list…</source>
        <translation>角色列表(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the customer.</source>
        <translation>请填写客户。</translation>
    </message>
    <message>
        <source>Choose how the complaint arrived.</source>
        <translation>请选择受理渠道。</translation>
    </message>
    <message>
        <source>Choose domestic or export.</source>
        <translation>请选择内销或外销。</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <source>Describe the defect as the customer reports it.</source>
        <translation>请按客户反映描述不良现象。</translation>
    </message>
    <message>
        <source>Name the owner of the case.</source>
        <translation>请指定案件负责人。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>数值过大。</translation>
    </message>
    <message>
        <source>Enter a number above zero.</source>
        <translation>请输入大于零的数字。</translation>
    </message>
    <message>
        <source>Enter zero or more; a quantity cannot be negative.</source>
        <translation>请输入零或正数；数量不能为负。</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>A defect rate cannot exceed 100 %.</source>
        <translation>不良率不能超过 100%。</translation>
    </message>
    <message>
        <source>Choose the unit of this quantity.</source>
        <translation>请选择该数量的单位。</translation>
    </message>
    <message>
        <source>Say what the defect is (its type is “other”).</source>
        <translation>不良类型为“其他”时，请说明具体不良。</translation>
    </message>
    <message>
        <source>The goods cannot ship after the complaint was received.</source>
        <translation>发货日期不能晚于投诉接收日期。</translation>
    </message>
    <message>
        <source>A product-quality complaint needs at least one coil or lot number.</source>
        <translation>产品质量投诉至少需要一个钢卷号或批号。</translation>
    </message>
    <message>
        <source>e.g. {examples}</source>
        <translation>例如 {examples}</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Choose the currency of the claim.</source>
        <translation>请选择索赔金额的币种。</translation>
    </message>
    <message>
        <source>An amount in this currency has no decimals.</source>
        <translation>该币种的金额不能有小数。</translation>
    </message>
    <message>
        <source>Give the amount to the cent at most.</source>
        <translation>金额最多精确到分。</translation>
    </message>
    <message>
        <source>Enter when the complaint was received.</source>
        <translation>请填写受理时间。</translation>
    </message>
    <message>
        <source>The received time needs a time zone.</source>
        <translation>受理时间需要带时区。</translation>
    </message>
    <message>
        <source>The received time lies in the future.</source>
        <translation>受理时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Enter the coil or lot number.</source>
        <translation>请填写钢卷号或批号。</translation>
    </message>
    <message>
        <source>Coil number {coil} does not look like the department&apos;s coil numbers ({examples}).</source>
        <translation>钢卷号 {coil} 不符合本部门的钢卷号格式（{examples}）。</translation>
    </message>
    <message>
        <source>Coil {coil} is listed twice (also in line {line}).</source>
        <translation>钢卷 {coil} 重复录入（第 {line} 行已有）。</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>Audit entry {id} ({action} by {actor} at {at}) was changed, removed or inserted outside QA Desktop: its hash does not follow from the entry before it.</source>
        <translation>审计记录 {id}（{actor} 于 {at} {action}）在 QA Desktop 之外被修改、删除或插入：其哈希值与前一条记录不相符。</translation>
    </message>
    <message>
        <source>Audit entry {id} ({action} by {actor} at {at}) was changed outside QA Desktop.</source>
        <translation>审计记录 {id}（{actor} 于 {at} {action}）在 QA Desktop 之外被修改。</translation>
    </message>
    <message>
        <source>The department key of this database is not the one this PC saw before (was {known}, is {now}): the keys in the file were replaced.</source>
        <translation>此数据库的部门密钥与本机以前见到的不同（原为 {known}，现为 {now}）：文件中的密钥已被替换。</translation>
    </message>
    <message>
        <source>The database has accounts but no department key: it was removed outside QA Desktop.</source>
        <translation>数据库中有账户却没有部门密钥：部门密钥已在 QA Desktop 之外被删除。</translation>
    </message>
    <message>
        <source>The signing key {key} of {user} is not certified by the department key: it was replaced or added outside QA Desktop.</source>
        <translation>{user} 的签名密钥 {key} 未经部门密钥认证：它是在 QA Desktop 之外被替换或添加的。</translation>
    </message>
    <message>
        <source>Signature {id} by {user} names a signing key that is not in the database.</source>
        <translation>{user} 的签名 {id} 所用的签名密钥不在数据库中。</translation>
    </message>
    <message>
        <source>Signature {id} by {user} was made with another person&apos;s key.</source>
        <translation>{user} 的签名 {id} 是用他人的密钥做出的。</translation>
    </message>
    <message>
        <source>Signature {id} by {user} does not verify: its fields were changed, it was copied from another record, or it was made without the signer&apos;s key.</source>
        <translation>{user} 的签名 {id} 校验未通过：其内容被修改、从其他记录复制而来，或并非用签名人的密钥做出。</translation>
    </message>
    <message>
        <source>Signature {id} by {user} has no entry in the audit trail: it was added outside QA Desktop or the end of the trail was cut off.</source>
        <translation>{user} 的签名 {id} 在审计记录中没有对应条目：它是在 QA Desktop 之外添加的，或审计记录的末尾被截去。</translation>
    </message>
    <message>
        <source>Signature {id} by {user} pins audit entry {entry}, which was removed or changed: the trail was cut off or edited.</source>
        <translation>{user} 的签名 {id} 锁定的审计记录 {entry} 已被删除或修改：审计记录被截断或篡改。</translation>
    </message>
    <message>
        <source>Signature {id} by {user} belongs to no record.</source>
        <translation>{user} 的签名 {id} 不属于任何记录。</translation>
    </message>
    <message>
        <source>Step D{step} of the 8D of {case} was changed outside QA Desktop after {user} completed it (signature {id}).</source>
        <translation>{case} 的 8D 步骤 D{step} 在 {user} 完成后被 QA Desktop 以外的方式修改（签名 {id}）。</translation>
    </message>
    <message>
        <source>Proposal {number} of {case} was changed outside QA Desktop after {user} signed it (signature {id}).</source>
        <translation>{case} 的第 {number} 号拟办意见在 {user} 签名后于 QA Desktop 之外被修改（签名 {id}）。</translation>
    </message>
    <message>
        <source>Proposal {number} of {case} is marked {state}, which its valid signatures do not make it.</source>
        <translation>{case} 的第 {number} 号拟办意见标为“{state}”，但其有效签名并不支持这一状态。</translation>
    </message>
    <message>
        <source>The customer&apos;s confirmation on visit {number} of {case} fails: {problem}.</source>
        <translation>{case} 第 {number} 次现场调查的客户确认校验失败：{problem}。</translation>
    </message>
    <message>
        <source>The quantities of visit {number} of {case} were changed outside QA Desktop after the customer confirmed them.</source>
        <translation>{case} 第 {number} 次现场调查的数量在客户确认后被 QA Desktop 之外的程序修改。</translation>
    </message>
    <message>
        <source>The stored 8D report of {case}, revision {revision}, is not the one issued: its bytes no longer match the SHA-256 recorded when it was sent.</source>
        <translation>所保存的 {case} 第 {revision} 版 8D报告不是当初发出的那一份：其字节与发出时记录的 SHA-256 不再一致。</translation>
    </message>
    <message>
        <source>The stored document of a reply on {case} ({kind}, sent at {at}) is not the one sent: its bytes no longer match the SHA-256 recorded when it was sent.</source>
        <translation>所保存的 {case} 的一条回复（{kind}，发出时间 {at}）的文件不是当初发出的那一份：其字节与发出时记录的 SHA-256 不再一致。</translation>
    </message>
</context>
<context>
    <name>VisitChecklist</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>VisitCoilTable</name>
    <message>
        <source>Total in %1: used %2, unused %3; defective among used %4, among unused %5</source>
        <translation>合计（%1）：已使用 %2，未使用 %3；已使用中不良 %4，未使用中不良 %5</translation>
    </message>
    <message numerus="yes">
        <source>Lines with a problem, not counted until corrected: %n</source>
        <translation>
            <numerusform>有问题的行（更正前不计入合计）：%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitConfirm</name>
    <message>
        <source>%1 (%2) signed the quantities of visit %3 of %4. Your password signs that you witnessed it.</source>
        <translation>%1（%2）已签字确认 %4 第 %3 次现场调查的数量。您的密码签名表示您是见证人。</translation>
    </message>
    <message>
        <source>The customer signed the printed confirmation of visit %1 of %2. Give the signer&apos;s name and position as printed, and the scan of the sheet.</source>
        <translation>客户已在 %2 第 %1 次现场调查的纸质确认单上签字。请按纸面填写签字人的姓名和职务，并附上确认单的扫描件。</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Site visit</source>
        <translation>现场调查</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Customer&apos;s site</source>
        <translation>客户现场</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Items in bold are required before the visit can be finished.</source>
        <translation>粗体项为必填项，填写完整后才能完成现场调查。</translation>
    </message>
    <message>
        <source>Coil lines found on site</source>
        <translation>现场确认的钢卷</translation>
    </message>
    <message>
        <source>Coil / lot no.</source>
        <translation>钢卷号/批号</translation>
    </message>
    <message>
        <source>Heat no.</source>
        <translation>炉号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>钢种</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Weight
(kg)</source>
        <translation>重量
（kg）</translation>
    </message>
    <message>
        <source>Quantity
used</source>
        <translation>已使用
数量</translation>
    </message>
    <message>
        <source>Quantity
unused</source>
        <translation>未使用
数量</translation>
    </message>
    <message>
        <source>Defective
among used</source>
        <translation>已使用中
不良</translation>
    </message>
    <message>
        <source>Defective
among unused</source>
        <translation>未使用中
不良</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove the lines of the selected cells</source>
        <translation>删除所选单元格所在的行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Add the coils of the complaint that are not listed yet</source>
        <translation>添加客诉中尚未列出的钢卷</translation>
    </message>
    <message>
        <source>Take the complaint&apos;s coils</source>
        <translation>带入客诉的钢卷</translation>
    </message>
    <message>
        <source>Findings (internal)</source>
        <translation>调查结果（内部）</translation>
    </message>
    <message>
        <source>What you saw on site and concluded</source>
        <translation>在现场看到的情况及结论</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Signed on paper…</source>
        <translation>纸质签字…</translation>
    </message>
    <message>
        <source>The customer signed the printed confirmation sheet: record the signer and its scan</source>
        <translation>客户在打印的确认单上签了字：记录签字人及扫描件</translation>
    </message>
    <message>
        <source>Customer&apos;s confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Customer signs…</source>
        <translation>客户签名…</translation>
    </message>
    <message>
        <source>The customer confirms the coil lines&apos; quantities, and only those, by signing</source>
        <translation>客户签名确认钢卷的数量，且仅确认数量</translation>
    </message>
</context>
<context>
    <name>VisitPdf</name>
    <message>
        <source>Quantity Confirmation</source>
        <translation>不良数量确认单</translation>
    </message>
    <message>
        <source>Site-visit Report</source>
        <translation>现场调查报告</translation>
    </message>
    <message>
        <source>Site visit {visit} · confirmation {number} · quantities only</source>
        <translation>第 {visit} 次现场调查 · 第 {number} 次确认 · 仅确认数量</translation>
    </message>
    <message>
        <source>Site visit {visit} · {state}</source>
        <translation>第 {visit} 次现场调查 · {state}</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>客诉编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>现场地点</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>外勤人员</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>调查目的</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>记录哈希</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <source>Scan of the signed confirmation</source>
        <translation>已签字确认单的扫描件</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Coil / lot no.</source>
        <translation>钢卷号/批号</translation>
    </message>
    <message>
        <source>Heat no.</source>
        <translation>炉号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>钢种</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <source>Quantity used</source>
        <translation>已使用数量</translation>
    </message>
    <message>
        <source>Quantity unused</source>
        <translation>未使用数量</translation>
    </message>
    <message>
        <source>Defective among used</source>
        <translation>已使用中不良</translation>
    </message>
    <message>
        <source>Defective among unused</source>
        <translation>未使用中不良</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Coils and quantities</source>
        <translation>钢卷与数量</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>现场调查</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Findings (internal)</source>
        <translation>调查结果（内部）</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>The customer&apos;s confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No coil line recorded.</source>
        <translation>未记录钢卷。</translation>
    </message>
    <message>
        <source>For the customer</source>
        <translation>客户方</translation>
    </message>
    <message>
        <source>Witness (field staff)</source>
        <translation>见证人（外勤人员）</translation>
    </message>
    <message>
        <source>Signed on screen</source>
        <translation>屏幕签字</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>纸质签字</translation>
    </message>
    <message>
        <source>Collected the customer&apos;s signature on site and signed it with their own key.</source>
        <translation>在现场收取客户签字，并以本人密钥签名。</translation>
    </message>
    <message>
        <source>To be signed by hand</source>
        <translation>请手写签字</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>VOID — this confirmation no longer counts ({date}): {reason}</source>
        <translation>作废 — 本确认单已失效（{date}）：{reason}</translation>
    </message>
    <message>
        <source>Filled against “{name}”, version {version}</source>
        <translation>按“{name}”第 {version} 版填写</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>{count} photo(s), under Photos</source>
        <translation>{count} 张照片，见“照片”</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Recorded as the customer said them: not a commitment of the company.</source>
        <translation>按客户原话记录，不是我方承诺。</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Coil {coil}</source>
        <translation>钢卷 {coil}</translation>
    </message>
    <message>
        <source>Item: {item}</source>
        <translation>检查项：{item}</translation>
    </message>
    <message>
        <source>The visit as a whole</source>
        <translation>整个现场调查</translation>
    </message>
    <message>
        <source>defect marked</source>
        <translation>已标注不良</translation>
    </message>
    <message>
        <source>No print copy of this photo is stored.</source>
        <translation>未保存此照片的打印副本。</translation>
    </message>
    <message>
        <source>No photo was taken.</source>
        <translation>未拍摄照片。</translation>
    </message>
    <message>
        <source>Confirmed by {name} ({position}), {date}</source>
        <translation>{name}（{position}）于 {date} 确认</translation>
    </message>
    <message>
        <source>witness: {name}</source>
        <translation>见证人：{name}</translation>
    </message>
    <message>
        <source>The customer has not confirmed the quantities.</source>
        <translation>客户尚未确认数量。</translation>
    </message>
    <message>
        <source>Internal: not for the customer</source>
        <translation>内部资料，不得提供给客户</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>续</translation>
    </message>
</context>
<context>
    <name>VisitPlanDialog</name>
    <message>
        <source>Visit %1 of %2 is planned.</source>
        <translation>已安排 %2 第 %1 次现场调查。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Plan a site visit</source>
        <translation>安排现场调查</translation>
    </message>
    <message>
        <source>New site visit for %1 (%2)</source>
        <translation>%1（%2）的新现场调查</translation>
    </message>
    <message>
        <source>Reschedule a site visit</source>
        <translation>现场调查改期</translation>
    </message>
    <message>
        <source>Visit %3 of %1 (%2)</source>
        <translation>%1（%2）第 %3 次现场调查</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>未保存：请更正红色标出的字段。</translation>
    </message>
</context>
<context>
    <name>VisitPlanForm</name>
    <message>
        <source>Plan a site visit</source>
        <translation>安排现场调查</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>调查人员</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Customer&apos;s site</source>
        <translation>客户现场</translation>
    </message>
    <message>
        <source>Address, plant, workshop</source>
        <translation>地址、工厂、车间</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>调查目的</translation>
    </message>
    <message>
        <source>What to look at and bring back</source>
        <translation>要查看的内容和要带回的资料</translation>
    </message>
</context>
<context>
    <name>VisitReasonForm</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>VisitWindow</name>
    <message>
        <source>Site visit %1 of %2</source>
        <translation>%2 第 %1 次现场调查</translation>
    </message>
    <message>
        <source>%1 — %2 — visit %3</source>
        <translation>%1 — %2 — 第 %3 次现场调查</translation>
    </message>
    <message>
        <source>short notice</source>
        <translation>预约不足一天</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>Confirmed on paper by %1 (%2) at %3.</source>
        <translation>%1（%2）已于 %3 纸质签字确认。</translation>
    </message>
    <message>
        <source>Confirmed by %1 (%2) at %3.</source>
        <translation>%1（%2）已于 %3 签名确认。</translation>
    </message>
    <message>
        <source>The customer has not confirmed the quantities yet.</source>
        <translation>客户尚未确认数量。</translation>
    </message>
    <message>
        <source>Void: %4. %1 (%2) had confirmed at %3; the customer must sign again.</source>
        <translation>已作废：%4。%1（%2）曾于 %3 确认；客户须重新签名。</translation>
    </message>
    <message>
        <source>Coil %1</source>
        <translation>钢卷 %1</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>整个现场调查</translation>
    </message>
    <message>
        <source>Recovered what was on screen at %1; save to keep it.</source>
        <translation>已恢复 %1 时屏幕上的内容；请保存以保留。</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is marked in red.</source>
        <translation>未保存：请更正红色标出的内容。</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>A confirmed quantity changed: the customer&apos;s confirmation is void and the customer must sign again.</source>
        <translation>已确认的数量被修改：客户确认已作废，客户须重新签名。</translation>
    </message>
    <message>
        <source>The visit cannot be finished yet: complete what is marked in red.</source>
        <translation>现场调查尚不能完成：请补全红色标出的内容。</translation>
    </message>
    <message>
        <source>The visit is finished; reopen it to change its record.</source>
        <translation>现场调查已完成；如需修改记录，请重新打开。</translation>
    </message>
    <message>
        <source>Reopen visit %1 of %2: its record can be changed again.</source>
        <translation>重新打开 %2 第 %1 次现场调查：其记录可再次修改。</translation>
    </message>
    <message>
        <source>Reopen the visit</source>
        <translation>重新打开现场调查</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Every coil of the complaint is listed already.</source>
        <translation>客诉的钢卷已全部列出。</translation>
    </message>
    <message>
        <source>Visit %1 of %2 was closed without saving; what was typed is kept as a draft to recover.</source>
        <translation>%2 第 %1 次现场调查未保存即关闭；已输入的内容已保留为草稿，可恢复。</translation>
    </message>
    <message>
        <source>What is on screen could not be kept as a draft: %1 Close and lose it?</source>
        <translation>屏幕上的内容无法保留为草稿：%1 是否关闭并丢失这些内容？</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the visit&apos;s record (Ctrl+S)</source>
        <translation>保存现场调查记录（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Finish visit</source>
        <translation>完成现场调查(&amp;F)</translation>
    </message>
    <message>
        <source>Say the record is complete; it becomes read only</source>
        <translation>确认记录已完整；完成后记录为只读</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>Photos (%n)</source>
        <translation>
            <numerusform>照片（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet; what is on screen is kept as a draft (%1).</source>
        <translation>尚未保存；屏幕上的内容已保留为草稿（%1）。</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>无法保留草稿：%1</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Sign in the box first.</source>
        <translation>请先在框内签名。</translation>
    </message>
    <message>
        <source>This holds more ink than a signature: clear it and sign again.</source>
        <translation>笔迹多于一个签名应有的量：请清除后重新签名。</translation>
    </message>
    <message>
        <source>This is too short to be a signature: clear it and sign again.</source>
        <translation>笔迹过短，不能作为签名：请清除后重新签名。</translation>
    </message>
    <message>
        <source>These are the defective quantities found together on site. Handling and compensation are subject to the company&apos;s written approval.</source>
        <translation>以上为双方现场共同确认的不良数量。处理与赔偿以公司书面批准为准。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>数值过大。</translation>
    </message>
    <message>
        <source>Enter zero or more; a quantity cannot be negative.</source>
        <translation>请输入零或正数；数量不能为负。</translation>
    </message>
    <message>
        <source>Give at most three decimals.</source>
        <translation>最多保留三位小数。</translation>
    </message>
    <message>
        <source>Visit {number} of {case} is {state}: reopen it before changing its record.</source>
        <translation>{case} 第 {number} 次现场调查{state}：请先重新打开再修改记录。</translation>
    </message>
    <message>
        <source>Visit {number} of {case} is assigned to {user}: only they fill its record.</source>
        <translation>{case} 第 {number} 次现场调查已指派给 {user}：只有该人员可以填写记录。</translation>
    </message>
    <message>
        <source>Add the coil lines found on site before finishing.</source>
        <translation>完成前请添加现场确认的钢卷行。</translation>
    </message>
    <message>
        <source>Visit {number} of {case} is not finished.</source>
        <translation>{case} 第 {number} 次现场调查尚未完成。</translation>
    </message>
    <message>
        <source>Say why the visit is reopened.</source>
        <translation>请说明重新打开现场调查的理由。</translation>
    </message>
    <message>
        <source>The photo {name} is not stored here; add it again.</source>
        <translation>照片 {name} 未保存在本机；请重新添加。</translation>
    </message>
    <message>
        <source>Photo {name} is attached to coil {coil}, which is not listed.</source>
        <translation>照片 {name} 关联的钢卷 {coil} 不在列表中。</translation>
    </message>
    <message>
        <source>Photo {name} is attached to an item the checklist lacks.</source>
        <translation>照片 {name} 关联的项目不在检查表中。</translation>
    </message>
    <message>
        <source>The photo {name} is in this visit twice.</source>
        <translation>照片 {name} 在本次现场调查中重复出现。</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>The marks on photo {name} cannot be read.</source>
        <translation>无法读取照片 {name} 上的标注。</translation>
    </message>
    <message>
        <source>The checklist answers of visit {number} of {case} cannot be read.</source>
        <translation>无法读取 {case} 第 {number} 次现场调查的检查表答案。</translation>
    </message>
    <message>
        <source>Visit {number} of {case} holds {what} as no save of QA Desktop stores them.</source>
        <translation>{case} 第 {number} 次现场调查中的{what}与 QA Desktop 保存时的形式不符。</translation>
    </message>
    <message>
        <source>checklist answers</source>
        <translation>检查表答案</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>coil lines</source>
        <translation>钢卷行</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Enter the coil or lot number.</source>
        <translation>请填写钢卷号或批号。</translation>
    </message>
    <message>
        <source>Coil number {coil} does not look like the department&apos;s coil numbers ({examples}).</source>
        <translation>钢卷号 {coil} 不符合本部门的钢卷号格式（{examples}）。</translation>
    </message>
    <message>
        <source>Coil {coil} is listed twice (also in line {line}).</source>
        <translation>钢卷 {coil} 重复录入（第 {line} 行已有）。</translation>
    </message>
    <message>
        <source>e.g. {examples}</source>
        <translation>例如 {examples}</translation>
    </message>
    <message>
        <source>Enter the quantity used, the quantity unused or both.</source>
        <translation>请填写已使用数量、未使用数量或两者。</translation>
    </message>
    <message>
        <source>Enter the quantity the defective ones are counted among.</source>
        <translation>请填写不良品所属的数量。</translation>
    </message>
    <message>
        <source>The defective quantity cannot exceed the quantity it is part of.</source>
        <translation>不良数量不能超过其所属的数量。</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Add the coil lines to confirm.</source>
        <translation>请添加需确认的钢卷行。</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name and position as printed.</source>
        <translation>请填写签字人的姓名和职务（印刷体）。</translation>
    </message>
    <message>
        <source>The signer&apos;s name and position are at most {n} characters each.</source>
        <translation>签字人的姓名和职务各不超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>The customer confirms quantities only: “{field}” cannot be part of what the customer signs.</source>
        <translation>客户只确认数量：“{field}”不能列入客户签字确认的内容。</translation>
    </message>
    <message>
        <source>a confirmed quantity changed after the customer signed</source>
        <translation>客户签名后已确认的数量被修改</translation>
    </message>
    <message>
        <source>the customer signed again</source>
        <translation>客户已重新签名</translation>
    </message>
    <message>
        <source>Visit {number} of {case} is {state}: the customer confirms during the visit.</source>
        <translation>{case} 第 {number} 次现场调查{state}：客户须在现场调查期间确认。</translation>
    </message>
    <message>
        <source>Only {user}, who made the visit, takes the customer&apos;s confirmation.</source>
        <translation>只有进行现场调查的 {user} 可以取得客户确认。</translation>
    </message>
    <message>
        <source>Attach the scan of the signed sheet.</source>
        <translation>请附上已签字确认单的扫描件。</translation>
    </message>
    <message>
        <source>The appointment is less than one day ahead: visits are booked at least a day before (seed 000 §4.2). Make sure the customer has agreed.</source>
        <translation>预约时间距现在不足一天：现场调查应至少提前一天预约（seed 000 §4.2）。请确认客户已同意。</translation>
    </message>
    <message>
        <source>There is no complaint {case}.</source>
        <translation>没有客诉 {case}。</translation>
    </message>
    <message>
        <source>There is no such site visit (it was removed).</source>
        <translation>该现场调查不存在（已被删除）。</translation>
    </message>
    <message>
        <source>Visit {number} of {case} was changed by {user} after you opened it.</source>
        <translation>在您打开后，{user} 修改了 {case} 第 {number} 次现场调查。</translation>
    </message>
    <message>
        <source>Visit {number} of {case} is {state}: only a planned visit can be rescheduled.</source>
        <translation>{case} 第 {number} 次现场调查{state}：只有已计划的现场调查可以改期。</translation>
    </message>
    <message>
        <source>Visit {number} of {case} is {state} and can no longer be cancelled.</source>
        <translation>{case} 第 {number} 次现场调查{state}，已不能取消。</translation>
    </message>
    <message>
        <source>Say why the visit is cancelled.</source>
        <translation>请说明取消现场调查的理由。</translation>
    </message>
    <message>
        <source>Choose who goes to the customer.</source>
        <translation>请选择去客户现场的人员。</translation>
    </message>
    <message>
        <source>{user} is not an active account here.</source>
        <translation>{user} 不是本机的有效账户。</translation>
    </message>
    <message>
        <source>{user} cannot be sent: the authority matrix gives their roles neither {confirm} nor {edit}.</source>
        <translation>不能指派 {user}：审批权限表未给其角色“{confirm}”或“{edit}”的权限。</translation>
    </message>
    <message>
        <source>Enter the date and time of the appointment.</source>
        <translation>请输入预约的日期和时间。</translation>
    </message>
    <message>
        <source>{case} has no site visit.</source>
        <translation>{case} 没有现场调查。</translation>
    </message>
    <message>
        <source>{case} has no site visit {number}: its visits are numbered 1 to {last}.</source>
        <translation>{case} 没有第 {number} 次现场调查：其现场调查编号为 1 至 {last}。</translation>
    </message>
    <message>
        <source>The customer has not confirmed the quantities of visit {number} of {case}: print the blank sheet (--blank) for signing on paper.</source>
        <translation>客户尚未确认 {case} 第 {number} 次现场调查的数量：请打印空白确认单（--blank）供纸质签字。</translation>
    </message>
    <message>
        <source>Visit {number} of {case} has no coil lines yet: record them before printing the sheet.</source>
        <translation>{case} 第 {number} 次现场调查尚无钢卷记录：请先记录钢卷再打印确认单。</translation>
    </message>
</context>
<context>
    <name>VisitsMenu</name>
    <message numerus="yes">
        <source>My visits: %n</source>
        <translation>
            <numerusform>我的现场调查：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Via sales</source>
        <translation>业务转达</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>内销</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>外销</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Contract: quantity</source>
        <translation>合同：数量</translation>
    </message>
    <message>
        <source>Contract: grade or specification</source>
        <translation>合同：钢种/规格</translation>
    </message>
    <message>
        <source>Contract: delivery</source>
        <translation>合同：交期</translation>
    </message>
    <message>
        <source>Transport damage</source>
        <translation>运输损坏</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>In the customer&apos;s stock</source>
        <translation>在客户库存</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Already processed</source>
        <translation>已加工</translation>
    </message>
    <message>
        <source>Partly processed</source>
        <translation>部分已加工</translation>
    </message>
    <message>
        <source>Returned to us</source>
        <translation>已退回我司</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>件</translation>
    </message>
    <message>
        <source>t</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>coils</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>张</translation>
    </message>
    <message>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <source>CNY (yuan)</source>
        <translation>人民币（元）</translation>
    </message>
    <message>
        <source>USD (US dollar)</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>EUR (euro)</source>
        <translation>欧元</translation>
    </message>
    <message>
        <source>JPY (yen)</source>
        <translation>日元</translation>
    </message>
    <message>
        <source>HKD (Hong Kong dollar)</source>
        <translation>港币</translation>
    </message>
    <message>
        <source>GBP (pound sterling)</source>
        <translation>英镑</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>临时对策</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Handling and approval</source>
        <translation>处理与审批</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>效果跟踪</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Judged invalid</source>
        <translation>投诉不成立</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Concession / use as is</source>
        <translation>特采</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>挑选</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Price discount</source>
        <translation>折价</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <source>Customer claims a third party</source>
        <translation>由客户向第三方索赔</translation>
    </message>
    <message>
        <source>Register complaints</source>
        <translation>登记客诉</translation>
    </message>
    <message>
        <source>Edit complaints</source>
        <translation>编辑客诉</translation>
    </message>
    <message>
        <source>Confirm quantities on site</source>
        <translation>现场确认不良数量</translation>
    </message>
    <message>
        <source>Propose handling</source>
        <translation>提出拟办意见</translation>
    </message>
    <message>
        <source>Approve money up to the limit</source>
        <translation>在限额内批准金额</translation>
    </message>
    <message>
        <source>Final sign-off</source>
        <translation>最终批示</translation>
    </message>
    <message>
        <source>Close complaints</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Reopen complaints</source>
        <translation>重新打开客诉</translation>
    </message>
    <message>
        <source>Administer users, roles and the matrix</source>
        <translation>管理用户、角色和审批权限表</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Final sign-off (binding)</source>
        <translation>最终批示（生效）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved, awaiting final sign-off</source>
        <translation>已批准，待最终批示</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Rejected, to be revised</source>
        <translation>已驳回，待修改</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>外勤人员</translation>
    </message>
    <message>
        <source>QA engineer</source>
        <translation>QA工程师</translation>
    </message>
    <message>
        <source>QA manager</source>
        <translation>品保主管</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <source>Sales department</source>
        <translation>业务部</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>投诉成立</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>投诉不成立</translation>
    </message>
    <message>
        <source>Factory stock</source>
        <translation>厂内库存</translation>
    </message>
    <message>
        <source>Work in process</source>
        <translation>在制品</translation>
    </message>
    <message>
        <source>At the customer: used</source>
        <translation>客户处：已使用</translation>
    </message>
    <message>
        <source>At the customer: unused</source>
        <translation>客户处：未使用</translation>
    </message>
    <message>
        <source>Containment action</source>
        <translation>临时对策措施</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Occurrence cause</source>
        <translation>产生原因</translation>
    </message>
    <message>
        <source>Escape cause</source>
        <translation>流出原因</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done, awaiting verification</source>
        <translation>已完成，待验证</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>8D report</source>
        <translation>8D报告</translation>
    </message>
    <message>
        <source>Interim report</source>
        <translation>中间报告</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>书面答复</translation>
    </message>
</context>
<context>
    <name>WhyChainField</name>
    <message>
        <source>Add a why</source>
        <translation>添加一个为什么</translation>
    </message>
    <message>
        <source>Remove this why</source>
        <translation>删除这个为什么</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>Why %1</source>
        <translation>为什么 %1</translation>
    </message>
    <message>
        <source>Because …</source>
        <translation>因为……</translation>
    </message>
</context>
<context>
    <name>WitnessDialog</name>
    <message>
        <source>Sign as witness</source>
        <translation>作为见证人签名</translation>
    </message>
    <message>
        <source>The scan of the signed sheet</source>
        <translation>已签字确认单的扫描件</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
</context>
<context>
    <name>WitnessForm</name>
    <message>
        <source>Witness the customer&apos;s confirmation</source>
        <translation>见证客户确认</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>签字人姓名</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Scan of the signed confirmation</source>
        <translation>已签字确认单的扫描件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The background task stopped unexpectedly (exit code {code}).</source>
        <translation>后台任务意外中止（退出代码 {code}）。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>A complaint in “{current}” cannot go to “{target}”.</source>
        <translation>处于“{current}”的客户投诉不能转到“{target}”。</translation>
    </message>
    <message>
        <source>Your roles do not allow going to “{target}”: it needs the right “{right}”.</source>
        <translation>您的角色无权转到“{target}”：需要“{right}”权限。</translation>
    </message>
    <message>
        <source>Write the reason for going to “{target}”.</source>
        <translation>请填写转到“{target}”的理由。</translation>
    </message>
    <message>
        <source>Before “{target}”, judge whether the complaint is valid.</source>
        <translation>转到“{target}”前，请判定投诉是否成立。</translation>
    </message>
    <message>
        <source>Before “{target}”, record the containment of the suspect material.</source>
        <translation>转到“{target}”前，请记录可疑物料的临时对策。</translation>
    </message>
    <message>
        <source>Before “{target}”, record the root cause.</source>
        <translation>转到“{target}”前，请记录根本原因。</translation>
    </message>
    <message>
        <source>Before “{target}”, the handling must be approved, or recorded as not needed.</source>
        <translation>转到“{target}”前，处理方案须经批准，或记录为无需处理。</translation>
    </message>
    <message>
        <source>Before “{target}”, send the reply to the customer.</source>
        <translation>转到“{target}”前，请向客户发送回复。</translation>
    </message>
    <message>
        <source>Before “{target}”, every action must be verified by QA.</source>
        <translation>转到“{target}”前，每项措施都须经品保验证。</translation>
    </message>
    <message>
        <source>Before “{target}”, record the customer&apos;s feedback, or why none came.</source>
        <translation>转到“{target}”前，请记录客户的反馈，或未收到反馈的原因。</translation>
    </message>
    <message>
        <source>Before “{target}”, the approved handling needs its final sign-off.</source>
        <translation>转到“{target}”前，已批准的处理方案须有最终批示。</translation>
    </message>
    <message>
        <source>Judge invalid</source>
        <translation>判定投诉不成立</translation>
    </message>
    <message>
        <source>Improvement not effective: new round</source>
        <translation>改善效果不理想：再次改善</translation>
    </message>
    <message>
        <source>Disagreement on standards: talk it through</source>
        <translation>标准存在分歧：与客户沟通</translation>
    </message>
    <message>
        <source>Reopen: improvement not effective</source>
        <translation>重新打开：改善效果不理想</translation>
    </message>
    <message>
        <source>Reopen: disagreement on standards</source>
        <translation>重新打开：标准存在分歧</translation>
    </message>
    <message>
        <source>Valid: start containment</source>
        <translation>投诉成立：开始临时对策</translation>
    </message>
    <message>
        <source>Start the investigation</source>
        <translation>开始原因分析</translation>
    </message>
    <message>
        <source>Propose the handling</source>
        <translation>提出拟办意见</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>已回复客户</translation>
    </message>
    <message>
        <source>Start the follow-up</source>
        <translation>开始效果跟踪</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Answer sent</source>
        <translation>已答复客户</translation>
    </message>
    <message>
        <source>{case} was changed by {user} after you opened it; reopen it to see that change.</source>
        <translation>{case} 在您打开后已被 {user} 修改；请重新打开以查看该修改。</translation>
    </message>
    <message>
        <source>There is no complaint {case}.</source>
        <translation>没有客诉 {case}。</translation>
    </message>
    <message>
        <source>{case} is past registration: judge it invalid with the step “Judge invalid”.</source>
        <translation>{case} 已过立案阶段：请通过“判定投诉不成立”步骤判定。</translation>
    </message>
    <message>
        <source>Write why the complaint is invalid.</source>
        <translation>请填写投诉不成立的理由。</translation>
    </message>
    <message>
        <source>Name the owner who answers for the case.</source>
        <translation>请指定负责此案的负责人。</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>请从给出的选项中选择。</translation>
    </message>
    <message>
        <source>Write why no handling proposal is needed.</source>
        <translation>请填写无需拟办意见的理由。</translation>
    </message>
    <message>
        <source>Shorten this text to at most {limit} characters.</source>
        <translation>请将此文本缩短到不超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{case} is closed: reopen it before changing anything in it.</source>
        <translation>{case} 已结案：须先重新打开，才能更改其中任何内容。</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <source>— not answered —</source>
        <translation>— 未回答 —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
</TS>
