{{%AUTOESCAPE context="HTML"}}
{{!
  One extra-insurer (多家保险公司) application. Values: ID, NAME, REGION, PRODUCT, REASON_TEXT, CONTACT,
  MOBILE_MASKED, SUBMITTED, STATUS_LABEL, STATUS_BADGE, YEAR_LABEL. Sections: NO_YEAR, NO_ENROLLMENTS,
  ENROLLMENTS > ENROLLMENT repeated (SEQ, STATUS_LABEL, STATUS_BADGE, COUNT, COMPANY): the school's
  enrollments of the product this year; ERROR (MESSAGE); PENDING (REASON, REASON_INVALID, REASON_ERROR > MESSAGE) with the
  approve and reject forms; DECIDED (DECIDED_AT, DECIDED_BY, DECISION_REASON > TEXT). CSRF is global.
}}
<h1 class="page-title">多家保险公司审核</h1>
<p class="back-link"><a href="/school/admin/extra-insurers">返回多家保险公司审核列表</a></p>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<section class="panel" aria-labelledby="extra-heading">
<h2 id="extra-heading" class="section-title">增加保险公司投保数据申请 <span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></h2>
<dl class="detail-list">
<div><dt>学校名称</dt><dd>{{NAME}}</dd></div>
<div><dt>所属区域</dt><dd>{{REGION}}</dd></div>
<div><dt>投保险种</dt><dd><strong>{{PRODUCT}}</strong></dd></div>
<div><dt>申请事由</dt><dd class="text-lines">{{REASON_TEXT:pre_escape}}</dd></div>
<div><dt>联系人</dt><dd>{{CONTACT}}（{{MOBILE_MASKED}}）</dd></div>
<div><dt>提交时间</dt><dd>{{SUBMITTED}}</dd></div>
</dl>
</section>
<section class="panel" aria-labelledby="enrollments-heading">
<h2 id="enrollments-heading" class="section-title">本学年该险种的投保数据</h2>
{{#NO_YEAR}}<p class="card-warning">管理中心尚未设置当前学年，通过申请前请先在“学年设置”中设置当前学年。</p>{{/NO_YEAR}}
{{#NO_ENROLLMENTS}}<p class="empty">{{YEAR_LABEL}} 学年该学校尚未提交此险种的投保数据；通过后第1条仍在投保数据页面提交，新增的为第2条。</p>{{/NO_ENROLLMENTS}}
{{#ENROLLMENTS}}<div class="table-wrap" tabindex="0" role="region" aria-labelledby="enrollments-caption">
<table class="data-table">
<caption id="enrollments-caption" class="visually-hidden">{{YEAR_LABEL}} 学年该学校此险种的投保数据</caption>
<thead>
<tr><th scope="col" class="col-num">序号</th><th scope="col">状态</th><th scope="col" class="col-num">参保人数</th><th scope="col">投保公司</th></tr>
</thead>
<tbody>{{#ENROLLMENT}}<tr><td class="col-num">第{{SEQ}}条</td><td><span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></td><td class="col-num">{{COUNT}}</td><td>{{COMPANY}}</td></tr>
{{/ENROLLMENT}}</tbody>
</table>
</div>{{/ENROLLMENTS}}
</section>
{{#DECIDED}}<section class="panel" aria-labelledby="decision-heading">
<h2 id="decision-heading" class="section-title">审核结果</h2>
<dl class="detail-list">
<div><dt>审核时间</dt><dd>{{DECIDED_AT}}</dd></div>
<div><dt>审核人</dt><dd>{{DECIDED_BY}}</dd></div>
{{#DECISION_REASON}}<div><dt>驳回原因</dt><dd class="text-lines">{{TEXT:pre_escape}}</dd></div>{{/DECISION_REASON}}
</dl>
</section>{{/DECIDED}}
{{#PENDING}}<section class="panel" aria-labelledby="review-heading">
<h2 id="review-heading" class="section-title">审核</h2>
<div class="review-forms">
<form class="review-form" method="post" action="/school/admin/extra-insurer/approve" data-confirm="确认通过该申请？通过后学校本学年此险种增加一条投保数据。">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<p class="field-hint">通过后学校本学年此险种增加一条待提交的投保数据（学校在“上传管理”中提交），结果以短信告知学校联系人。</p>
<button type="submit" class="btn btn-primary">通过申请</button>
</form>
<form class="review-form" method="post" action="/school/admin/extra-insurer/reject">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="field{{#REASON_INVALID}} has-error{{/REASON_INVALID}}">
<label for="reason">驳回原因（必填，不超过 200 字）</label>
<textarea id="reason" name="reason" maxlength="200" required{{#REASON_INVALID}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_INVALID}}>{{REASON:pre_escape}}</textarea>
{{#REASON_ERROR}}<p id="reason-error" class="field-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
<p class="field-hint">驳回原因将通过短信告知学校联系人。</p>
</div>
<button type="submit" class="btn btn-secondary">驳回申请</button>
</form>
</div>
</section>{{/PENDING}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
