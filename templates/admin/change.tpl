{{%AUTOESCAPE context="HTML"}}
{{!
  One 学校名称变更 / 区域变更 application. Values: ID, WHAT, NAME, REGION, CURRENT, REQUESTED, REASON_TEXT, CONTACT,
  MOBILE_MASKED, SUBMITTED, STATUS_LABEL, STATUS_BADGE. Sections: ERROR (MESSAGE); PENDING (REASON, REASON_INVALID,
  REASON_ERROR > MESSAGE) with the approve and reject forms; DECIDED (DECIDED_AT, DECIDED_BY, DECISION_REASON > TEXT).
}}
<h1 class="page-title">变更审核</h1>
<p class="back-link"><a href="/school/admin/changes">返回变更审核列表</a></p>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<section class="panel" aria-labelledby="change-heading">
<h2 id="change-heading" class="section-title">{{WHAT}}申请 <span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></h2>
<dl class="detail-list">
<div><dt>学校名称</dt><dd>{{NAME}}</dd></div>
<div><dt>所属区域</dt><dd>{{REGION}}</dd></div>
<div><dt>当前</dt><dd>{{CURRENT}}</dd></div>
<div><dt>申请变更为</dt><dd><strong>{{REQUESTED}}</strong></dd></div>
<div><dt>申请理由</dt><dd>{{REASON_TEXT}}</dd></div>
<div><dt>联系人</dt><dd>{{CONTACT}}（{{MOBILE_MASKED}}）</dd></div>
<div><dt>提交时间</dt><dd>{{SUBMITTED}}</dd></div>
</dl>
</section>
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
<form class="review-form" method="post" action="/school/admin/change/approve" data-confirm="确认通过该{{WHAT}}申请？通过后学校信息立即更新。">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<p class="field-hint">通过后学校信息立即更新（学校名称变更同时修改学校账号的登录名称），结果以短信告知学校联系人。</p>
<button type="submit" class="btn btn-primary">通过申请</button>
</form>
<form class="review-form" method="post" action="/school/admin/change/reject">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="field{{#REASON_INVALID}} has-error{{/REASON_INVALID}}">
<label for="reason">驳回原因（必填，不超过 200 字）</label>
<textarea id="reason" name="reason" maxlength="200" required{{#REASON_INVALID}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_INVALID}}>{{REASON}}</textarea>
{{#REASON_ERROR}}<p id="reason-error" class="field-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
<p class="field-hint">驳回原因将通过短信告知学校联系人。</p>
</div>
<button type="submit" class="btn btn-secondary">驳回申请</button>
</form>
</div>
</section>{{/PENDING}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
