{{%AUTOESCAPE context="HTML"}}
{{!
  One 申请修改 application. Values: ID, NAME, REGION, YEAR_LABEL, PRODUCT_NAME, CONTACT, MOBILE_MASKED, SUBMITTED,
  REASON_TEXT, STATUS_LABEL, STATUS_BADGE, SUMMARY (decided ones). Sections: ERROR (MESSAGE); CHANGES with CHANGE
  repeated (FIELD, OLD, NEW, CHANGED) while pending; DIFF (UNCHANGED, DIFF_ERROR > MESSAGE, ADDED and REMOVED each
  (COUNT, LIST > PERSON repeated (NAME, SEX, ID_TYPE, ID_MASKED, DETAILS), MORE > N), CHANGED (COUNT, LIST > PERSON
  repeated (ID_MASKED, OLD, NEW), MORE > N)); PENDING (REASON, REASON_INVALID, REASON_ERROR > MESSAGE) with the approve and reject
  forms; DECIDED (DECIDED_AT, DECIDED_BY, DECISION_REASON > TEXT). CSRF is global.
}}
<h1 class="page-title">修改审核</h1>
<p class="back-link"><a href="/school/admin/modifications">返回修改审核列表</a></p>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<section class="panel" aria-labelledby="modification-heading">
<h2 id="modification-heading" class="section-title">投保数据修改申请 <span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></h2>
<dl class="detail-list">
<div><dt>学校名称</dt><dd>{{NAME}}</dd></div>
<div><dt>所属区域</dt><dd>{{REGION}}</dd></div>
<div><dt>学年</dt><dd>{{YEAR_LABEL}}</dd></div>
<div><dt>投保险种</dt><dd>{{PRODUCT_NAME}}</dd></div>
<div><dt>修改原因</dt><dd>{{REASON_TEXT}}</dd></div>
<div><dt>联系人</dt><dd>{{CONTACT}}（{{MOBILE_MASKED}}）</dd></div>
<div><dt>提交时间</dt><dd>{{SUBMITTED}}</dd></div>
{{#DECIDED}}<div><dt>申请内容</dt><dd>{{SUMMARY}}</dd></div>{{/DECIDED}}
</dl>
</section>
{{#CHANGES}}<section class="panel" aria-labelledby="changes-heading">
<h2 id="changes-heading" class="section-title">修改内容</h2>
<div class="table-wrap">
<table class="data-table">
<thead><tr><th scope="col">项目</th><th scope="col">原值</th><th scope="col">申请修改为</th></tr></thead>
<tbody>
{{#CHANGE}}<tr{{#CHANGED}} class="row-changed"{{/CHANGED}}><td>{{FIELD}}</td><td>{{OLD}}</td><td>{{#CHANGED}}<strong>{{/CHANGED}}{{NEW}}{{#CHANGED}}</strong>{{/CHANGED}}</td></tr>
{{/CHANGE}}</tbody>
</table>
</div>
</section>{{/CHANGES}}
{{#DIFF}}<section class="panel" aria-labelledby="diff-heading">
<h2 id="diff-heading" class="section-title">花名册变化</h2>
{{#DIFF_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/DIFF_ERROR}}
<dl class="facts">
{{#ADDED}}<div class="fact"><dt>新增</dt><dd><strong class="num">{{COUNT}}</strong> 人</dd></div>{{/ADDED}}
{{#REMOVED}}<div class="fact"><dt>减少</dt><dd><strong class="num">{{COUNT}}</strong> 人</dd></div>{{/REMOVED}}
{{#CHANGED}}<div class="fact"><dt>信息变更</dt><dd><strong class="num">{{COUNT}}</strong> 人</dd></div>{{/CHANGED}}
<div class="fact"><dt>不变</dt><dd><strong class="num">{{UNCHANGED}}</strong> 人</dd></div>
</dl>
{{#ADDED}}{{#LIST}}<h3 class="subsection-title">新增人员</h3>
<div class="table-wrap"><table class="data-table"><thead><tr><th scope="col">姓名</th><th scope="col">性别</th><th scope="col">证件类型</th><th scope="col">证件号码</th><th scope="col">其他信息</th></tr></thead><tbody>{{#PERSON}}
<tr><td>{{NAME}}</td><td>{{SEX}}</td><td>{{ID_TYPE}}</td><td>{{ID_MASKED}}</td><td>{{DETAILS}}</td></tr>{{/PERSON}}
</tbody></table></div>{{/LIST}}{{#MORE}}<p class="muted">另有 {{N}} 人未列出。</p>{{/MORE}}{{/ADDED}}
{{#REMOVED}}{{#LIST}}<h3 class="subsection-title">减少人员</h3>
<div class="table-wrap"><table class="data-table"><thead><tr><th scope="col">姓名</th><th scope="col">性别</th><th scope="col">证件类型</th><th scope="col">证件号码</th><th scope="col">其他信息</th></tr></thead><tbody>{{#PERSON}}
<tr><td>{{NAME}}</td><td>{{SEX}}</td><td>{{ID_TYPE}}</td><td>{{ID_MASKED}}</td><td>{{DETAILS}}</td></tr>{{/PERSON}}
</tbody></table></div>{{/LIST}}{{#MORE}}<p class="muted">另有 {{N}} 人未列出。</p>{{/MORE}}{{/REMOVED}}
{{#CHANGED}}{{#LIST}}<h3 class="subsection-title">信息变更人员</h3>
<div class="table-wrap"><table class="data-table"><thead><tr><th scope="col">证件号码</th><th scope="col">原信息</th><th scope="col">新信息</th></tr></thead><tbody>{{#PERSON}}
<tr><td>{{ID_MASKED}}</td><td>{{OLD}}</td><td>{{NEW}}</td></tr>{{/PERSON}}
</tbody></table></div>{{/LIST}}{{#MORE}}<p class="muted">另有 {{N}} 人未列出。</p>{{/MORE}}{{/CHANGED}}
</section>{{/DIFF}}
{{#DECIDED}}<section class="panel" aria-labelledby="decision-heading">
<h2 id="decision-heading" class="section-title">审核结果</h2>
<dl class="detail-list">
<div><dt>审核时间</dt><dd>{{DECIDED_AT}}</dd></div>
<div><dt>审核人</dt><dd>{{DECIDED_BY}}</dd></div>
{{#DECISION_REASON}}<div><dt>驳回原因</dt><dd>{{TEXT}}</dd></div>{{/DECISION_REASON}}
</dl>
</section>{{/DECIDED}}
{{#PENDING}}<section class="panel" aria-labelledby="review-heading">
<h2 id="review-heading" class="section-title">审核</h2>
<div class="review-forms">
<form class="review-form" method="post" action="/school/admin/modification/approve" data-confirm="确认通过该修改申请？通过后投保数据立即更新，原数据存入历史版本。">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<p class="field-hint">通过后投保数据立即按申请更新（原数据存入历史版本），结果以短信告知学校联系人。</p>
<button type="submit" class="btn btn-primary">通过申请</button>
</form>
<form class="review-form" method="post" action="/school/admin/modification/reject">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="field{{#REASON_INVALID}} has-error{{/REASON_INVALID}}">
<label for="reason">驳回原因（必填，不超过 200 字）</label>
<textarea id="reason" name="reason" maxlength="200" required{{#REASON_INVALID}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_INVALID}}>{{REASON}}</textarea>
{{#REASON_ERROR}}<p id="reason-error" class="field-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
<p class="field-hint">驳回原因将通过短信告知学校联系人，投保数据保持不变。</p>
</div>
<button type="submit" class="btn btn-secondary">驳回申请</button>
</form>
</div>
</section>{{/PENDING}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
