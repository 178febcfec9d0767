{{%AUTOESCAPE context="HTML"}}
{{!
  账号管理. Filter form values: Q; sections KIND_school / KIND_department / KIND_insurer / KIND_admin and
  STATUS_active / STATUS_disabled / STATUS_locked mark the selected options. Value TOTAL.
  Repeated section ACCOUNT (ID, KIND, LOGIN, NAME, MOBILE_MASKED, LAST_LOGIN; sections ACTIVE / DISABLED,
  LOCKED, MUST_CHANGE, SELF; ACTIONS with F_KIND, F_Q, F_STATUS, F_PAGE and CAN_DISABLE / CAN_ENABLE /
  CAN_RESET / CAN_UNLOCK). Sections EMPTY, PAGER (PAGE, PAGES, PREV > URL, NEXT > URL). CSRF is global.
}}
<h1 class="page-title">账号管理</h1>
<form class="filter-bar" method="get" action="/school/admin/accounts" role="search">
<div class="field">
<label for="kind">账号类型</label>
<select id="kind" name="kind">
<option value="">全部</option>
<option value="school"{{#KIND_school}} selected{{/KIND_school}}>学校</option>
<option value="department"{{#KIND_department}} selected{{/KIND_department}}>教育部门</option>
<option value="insurer"{{#KIND_insurer}} selected{{/KIND_insurer}}>承保机构</option>
<option value="admin"{{#KIND_admin}} selected{{/KIND_admin}}>管理中心</option>
</select>
</div>
<div class="field">
<label for="q">名称 / 登录账号 / 手机号</label>
<input id="q" name="q" type="search" value="{{Q}}" maxlength="100" placeholder="输入关键字">
</div>
<div class="field">
<label for="status">账号状态</label>
<select id="status" name="status">
<option value="">全部</option>
<option value="active"{{#STATUS_active}} selected{{/STATUS_active}}>正常</option>
<option value="disabled"{{#STATUS_disabled}} selected{{/STATUS_disabled}}>已停用</option>
<option value="locked"{{#STATUS_locked}} selected{{/STATUS_locked}}>锁定中</option>
</select>
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button> <a class="btn btn-secondary" href="/school/admin/accounts">重置</a></div>
</form>
<p class="list-summary">共 <strong>{{TOTAL}}</strong> 个账号。</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="accounts-caption">
<table class="data-table">
<caption id="accounts-caption" class="visually-hidden">账号列表</caption>
<thead>
<tr><th scope="col">账号类型</th><th scope="col">登录账号</th><th scope="col">名称</th><th scope="col">手机号</th><th scope="col">状态</th><th scope="col">最近登录</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#ACCOUNT}}<tr><td class="nowrap">{{KIND}}</td><td>{{LOGIN}}</td><td>{{NAME}}</td><td class="nowrap">{{MOBILE_MASKED}}</td><td>{{#ACTIVE}}<span class="badge badge-ok">正常</span>{{/ACTIVE}}{{#DISABLED}}<span class="badge badge-danger">已停用</span>{{/DISABLED}}{{#LOCKED}} <span class="badge badge-warn">锁定中</span>{{/LOCKED}}{{#MUST_CHANGE}} <span class="badge badge-info">待修改密码</span>{{/MUST_CHANGE}}</td><td class="nowrap">{{LAST_LOGIN}}</td><td>{{#SELF}}<span class="muted">当前账号</span>{{/SELF}}{{#ACTIONS}}<div class="row-actions">
{{#CAN_DISABLE}}<form method="post" action="/school/admin/account/status" data-confirm="确认停用账号“{{LOGIN}}”？停用后该账号立即退出且无法登录。"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="action" value="disable"><input type="hidden" name="kind" value="{{F_KIND}}"><input type="hidden" name="q" value="{{F_Q}}"><input type="hidden" name="status" value="{{F_STATUS}}"><input type="hidden" name="page" value="{{F_PAGE}}"><button type="submit" class="btn btn-small btn-secondary">停用</button></form>{{/CAN_DISABLE}}
{{#CAN_ENABLE}}<form method="post" action="/school/admin/account/status"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="action" value="enable"><input type="hidden" name="kind" value="{{F_KIND}}"><input type="hidden" name="q" value="{{F_Q}}"><input type="hidden" name="status" value="{{F_STATUS}}"><input type="hidden" name="page" value="{{F_PAGE}}"><button type="submit" class="btn btn-small btn-secondary">启用</button></form>{{/CAN_ENABLE}}
{{#CAN_RESET}}<form method="post" action="/school/admin/account/reset" data-confirm="确认重置账号“{{LOGIN}}”的密码？临时密码将以短信发送至其登记手机，该账号的登录会话全部结束。"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="kind" value="{{F_KIND}}"><input type="hidden" name="q" value="{{F_Q}}"><input type="hidden" name="status" value="{{F_STATUS}}"><input type="hidden" name="page" value="{{F_PAGE}}"><button type="submit" class="btn btn-small btn-secondary">重置密码</button></form>{{/CAN_RESET}}
{{#CAN_UNLOCK}}<form method="post" action="/school/admin/account/unlock"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="kind" value="{{F_KIND}}"><input type="hidden" name="q" value="{{F_Q}}"><input type="hidden" name="status" value="{{F_STATUS}}"><input type="hidden" name="page" value="{{F_PAGE}}"><button type="submit" class="btn btn-small btn-secondary">解锁</button></form>{{/CAN_UNLOCK}}
</div>{{/ACTIONS}}</td></tr>
{{/ACCOUNT}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">没有符合条件的账号。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
