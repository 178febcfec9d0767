{{%AUTOESCAPE context="HTML"}}
{{!
  One academic year. Values ID, LABEL, STARTS_ON, ENDS_ON, ENROLL_DEADLINE, POLICY_DEADLINE, STATS_DEADLINE,
  EXTENSIONS, EXTENSIONS_URL; sections CURRENT / NOT_CURRENT. 修改截止日期 form values ENROLL, POLICY, STATS
  with ENROLL_ERROR / POLICY_ERROR / STATS_ERROR (MESSAGE) and *_ERROR_INVALID; ERROR (MESSAGE).
  CSRF and STATIC are global.
}}
<h1 class="page-title">学年设置</h1>
<p class="back-link"><a href="/school/admin/years">返回学年列表</a></p>
<section class="panel" aria-labelledby="year-heading">
<h2 id="year-heading" class="section-title">{{LABEL}} 学年 {{#CURRENT}}<span class="badge badge-ok">当前学年</span>{{/CURRENT}}</h2>
<dl class="detail-list">
<div><dt>保险期间</dt><dd>{{STARTS_ON}} 至 {{ENDS_ON}}</dd></div>
<div><dt>投保数据截止</dt><dd>{{ENROLL_DEADLINE}}</dd></div>
<div><dt>保单上传截止</dt><dd>{{POLICY_DEADLINE}}</dd></div>
<div><dt>统计上报截止</dt><dd>{{STATS_DEADLINE}}</dd></div>
<div><dt>单独延期</dt><dd>{{EXTENSIONS}} 项 <a href="{{EXTENSIONS_URL}}">延期管理</a></dd></div>
</dl>
{{#NOT_CURRENT}}<form class="inline-form" method="post" action="/school/admin/year/current" data-confirm="确认将 {{LABEL}} 设为当前学年？学校将按该学年投保。">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<button type="submit" class="btn btn-secondary">设为当前学年</button>
</form>{{/NOT_CURRENT}}
</section>
<section class="panel" id="deadlines" aria-labelledby="deadlines-heading">
<h2 id="deadlines-heading" class="section-title">修改截止日期</h2>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<form class="form-card" method="post" action="/school/admin/year/deadlines">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="field{{#ENROLL_ERROR_INVALID}} has-error{{/ENROLL_ERROR_INVALID}}">
<label for="enroll_deadline">投保数据截止日期</label>
<input id="enroll_deadline" name="enroll_deadline" type="date" value="{{ENROLL}}" required{{#ENROLL_ERROR_INVALID}} aria-invalid="true" aria-describedby="enroll_deadline-error"{{/ENROLL_ERROR_INVALID}}>
{{#ENROLL_ERROR}}<p id="enroll_deadline-error" class="field-error">{{MESSAGE}}</p>{{/ENROLL_ERROR}}
<p class="field-hint">学校上传投保数据的最后一天（含当天），须在保险期间内。</p>
</div>
<div class="field{{#POLICY_ERROR_INVALID}} has-error{{/POLICY_ERROR_INVALID}}">
<label for="policy_deadline">保单上传截止日期</label>
<input id="policy_deadline" name="policy_deadline" type="date" value="{{POLICY}}" required{{#POLICY_ERROR_INVALID}} aria-invalid="true" aria-describedby="policy_deadline-error"{{/POLICY_ERROR_INVALID}}>
{{#POLICY_ERROR}}<p id="policy_deadline-error" class="field-error">{{MESSAGE}}</p>{{/POLICY_ERROR}}
<p class="field-hint">承保机构上传保单的最后一天。</p>
</div>
<div class="field{{#STATS_ERROR_INVALID}} has-error{{/STATS_ERROR_INVALID}}">
<label for="stats_deadline">统计上报截止日期</label>
<input id="stats_deadline" name="stats_deadline" type="date" value="{{STATS}}" required{{#STATS_ERROR_INVALID}} aria-invalid="true" aria-describedby="stats_deadline-error"{{/STATS_ERROR_INVALID}}>
{{#STATS_ERROR}}<p id="stats_deadline-error" class="field-error">{{MESSAGE}}</p>{{/STATS_ERROR}}
<p class="field-hint">教育部门提交统计数据的最后一天。</p>
</div>
<button type="submit" class="btn btn-primary">保存截止日期</button>
</form>
</section>
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
