{{%AUTOESCAPE context="HTML"}}
{{!
  学年设置: the academic years and the 添加学年 form. Repeated YEAR (ID, LABEL, STARTS_ON, ENDS_ON,
  ENROLL_DEADLINE, POLICY_DEADLINE, STATS_DEADLINE, EXTENSIONS, URL, EXTENSIONS_URL; CURRENT / NOT_CURRENT);
  EMPTY. Add form values NEW_LABEL, NEW_STARTS_ON, NEW_ENDS_ON, NEW_ENROLL, NEW_POLICY, NEW_STATS, each with
  <NAME>_ERROR (MESSAGE) and <NAME>_ERROR_INVALID; ERROR (MESSAGE). CSRF and STATIC are global.
}}
<h1 class="page-title">学年设置</h1>
<p class="list-summary">学校、教育部门和承保机构按“当前学年”办理；截止日期（含当天）过后，学校须提交申请或由管理中心为其延期。 <a href="/school/admin/extensions">截止日期延期管理</a></p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="years-caption">
<table class="data-table">
<caption id="years-caption" class="visually-hidden">学年列表</caption>
<thead>
<tr><th scope="col">学年</th><th scope="col">保险期间</th><th scope="col">投保数据截止</th><th scope="col">保单上传截止</th><th scope="col">统计上报截止</th><th scope="col" class="col-num">延期</th><th scope="col">状态</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#YEAR}}<tr><td class="nowrap">{{LABEL}}</td><td class="nowrap">{{STARTS_ON}} 至 {{ENDS_ON}}</td><td class="nowrap">{{ENROLL_DEADLINE}}</td><td class="nowrap">{{POLICY_DEADLINE}}</td><td class="nowrap">{{STATS_DEADLINE}}</td><td class="col-num"><a href="{{EXTENSIONS_URL}}">{{EXTENSIONS}}</a></td><td>{{#CURRENT}}<span class="badge badge-ok">当前学年</span>{{/CURRENT}}{{#NOT_CURRENT}}<span class="muted">—</span>{{/NOT_CURRENT}}</td><td><div class="row-actions"><a class="btn btn-small btn-secondary" href="{{URL}}">修改截止日期</a>
{{#NOT_CURRENT}}<form method="post" action="/school/admin/year/current" data-confirm="确认将 {{LABEL}} 设为当前学年？学校将按该学年投保。"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><button type="submit" class="btn btn-small btn-secondary">设为当前学年</button></form>{{/NOT_CURRENT}}
</div></td></tr>
{{/YEAR}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">尚未设置学年，请在下方添加。</p>{{/EMPTY}}
<section class="panel" id="create" aria-labelledby="create-heading">
<h2 id="create-heading" class="section-title">添加学年</h2>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<form class="form-card" method="post" action="/school/admin/years" data-year-defaults>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#NEW_LABEL_ERROR_INVALID}} has-error{{/NEW_LABEL_ERROR_INVALID}}">
<label for="label">学年</label>
<input id="label" name="label" type="text" value="{{NEW_LABEL}}" maxlength="9" required placeholder="如：2026-2027" pattern="[0-9]{4}-[0-9]{4}"{{#NEW_LABEL_ERROR_INVALID}} aria-invalid="true" aria-describedby="label-error"{{/NEW_LABEL_ERROR_INVALID}}>
{{#NEW_LABEL_ERROR}}<p id="label-error" class="field-error">{{MESSAGE}}</p>{{/NEW_LABEL_ERROR}}
<p class="field-hint">前后两个连续的年份。日期留空时按默认：保险期间 9月1日 至次年 8月31日，投保数据截止 9月30日，保单上传和统计上报截止 10月31日。</p>
</div>
<div class="field{{#NEW_STARTS_ON_ERROR_INVALID}} has-error{{/NEW_STARTS_ON_ERROR_INVALID}}">
<label for="starts_on">保险期间开始</label>
<input id="starts_on" name="starts_on" type="date" value="{{NEW_STARTS_ON}}" data-default="starts_on"{{#NEW_STARTS_ON_ERROR_INVALID}} aria-invalid="true" aria-describedby="starts_on-error"{{/NEW_STARTS_ON_ERROR_INVALID}}>
{{#NEW_STARTS_ON_ERROR}}<p id="starts_on-error" class="field-error">{{MESSAGE}}</p>{{/NEW_STARTS_ON_ERROR}}
</div>
<div class="field{{#NEW_ENDS_ON_ERROR_INVALID}} has-error{{/NEW_ENDS_ON_ERROR_INVALID}}">
<label for="ends_on">保险期间结束</label>
<input id="ends_on" name="ends_on" type="date" value="{{NEW_ENDS_ON}}" data-default="ends_on"{{#NEW_ENDS_ON_ERROR_INVALID}} aria-invalid="true" aria-describedby="ends_on-error"{{/NEW_ENDS_ON_ERROR_INVALID}}>
{{#NEW_ENDS_ON_ERROR}}<p id="ends_on-error" class="field-error">{{MESSAGE}}</p>{{/NEW_ENDS_ON_ERROR}}
</div>
<div class="field{{#NEW_ENROLL_ERROR_INVALID}} has-error{{/NEW_ENROLL_ERROR_INVALID}}">
<label for="enroll_deadline">投保数据截止日期</label>
<input id="enroll_deadline" name="enroll_deadline" type="date" value="{{NEW_ENROLL}}" data-default="enroll_deadline"{{#NEW_ENROLL_ERROR_INVALID}} aria-invalid="true" aria-describedby="enroll_deadline-error"{{/NEW_ENROLL_ERROR_INVALID}}>
{{#NEW_ENROLL_ERROR}}<p id="enroll_deadline-error" class="field-error">{{MESSAGE}}</p>{{/NEW_ENROLL_ERROR}}
<p class="field-hint">学校上传投保数据的最后一天（含当天）。</p>
</div>
<div class="field{{#NEW_POLICY_ERROR_INVALID}} has-error{{/NEW_POLICY_ERROR_INVALID}}">
<label for="policy_deadline">保单上传截止日期</label>
<input id="policy_deadline" name="policy_deadline" type="date" value="{{NEW_POLICY}}" data-default="policy_deadline"{{#NEW_POLICY_ERROR_INVALID}} aria-invalid="true" aria-describedby="policy_deadline-error"{{/NEW_POLICY_ERROR_INVALID}}>
{{#NEW_POLICY_ERROR}}<p id="policy_deadline-error" class="field-error">{{MESSAGE}}</p>{{/NEW_POLICY_ERROR}}
<p class="field-hint">承保机构上传保单的最后一天。</p>
</div>
<div class="field{{#NEW_STATS_ERROR_INVALID}} has-error{{/NEW_STATS_ERROR_INVALID}}">
<label for="stats_deadline">统计上报截止日期</label>
<input id="stats_deadline" name="stats_deadline" type="date" value="{{NEW_STATS}}" data-default="stats_deadline"{{#NEW_STATS_ERROR_INVALID}} aria-invalid="true" aria-describedby="stats_deadline-error"{{/NEW_STATS_ERROR_INVALID}}>
{{#NEW_STATS_ERROR}}<p id="stats_deadline-error" class="field-error">{{MESSAGE}}</p>{{/NEW_STATS_ERROR}}
<p class="field-hint">教育部门提交统计数据的最后一天。</p>
</div>
<button type="submit" class="btn btn-primary">添加学年</button>
</form>
</section>
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
<script src="{{STATIC}}/js/admin-years.js" defer></script>
