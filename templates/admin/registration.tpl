{{%AUTOESCAPE context="HTML"}}
{{!
  One registration application. Values: ID, NAME, REGION, TYPE, NATURE, CONTACT, MOBILE_MASKED, SUBMITTED,
  STATUS_LABEL, STATUS_BADGE. Sections: FILED_BY (CENTER: the center school that registered it on its behalf);
  CERTIFICATE (URL, FILE_NAME, SIZE_KB) or NO_CERTIFICATE;
  ERROR (MESSAGE); PENDING (REASON, REASON_INVALID, REASON_ERROR > MESSAGE) with the approve and reject
  forms; DECIDED (DECIDED_AT, DECIDED_BY, DECISION_REASON > TEXT). CSRF is global.
  The approve form asks for confirmation through admin-confirm.js (data-confirm).
}}
<h1 class="page-title">注册审核</h1>
<p class="back-link"><a href="/school/admin/registrations">返回审核队列</a></p>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<section class="panel" aria-labelledby="school-heading">
<h2 id="school-heading" class="section-title">注册信息 <span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></h2>
<dl class="detail-list">
<div><dt>学校名称</dt><dd>{{NAME}}</dd></div>
<div><dt>所属区域</dt><dd>{{REGION}}</dd></div>
<div><dt>学校类型</dt><dd>{{TYPE}}</dd></div>
<div><dt>学校性质</dt><dd>{{NATURE}}</dd></div>
<div><dt>联系人</dt><dd>{{CONTACT}}</dd></div>
<div><dt>联系人手机</dt><dd>{{MOBILE_MASKED}}</dd></div>
<div><dt>提交时间</dt><dd>{{SUBMITTED}}</dd></div>
{{#FILED_BY}}<div><dt>代为注册</dt><dd>中心校“{{CENTER}}”（审核通过后成为其所辖学校）</dd></div>{{/FILED_BY}}
<div><dt>资质证书</dt><dd>{{#CERTIFICATE}}<a href="{{URL}}">{{FILE_NAME}}</a> <span class="muted">（{{SIZE_KB}} KB，点击下载查看）</span>{{/CERTIFICATE}}{{#NO_CERTIFICATE}}<span class="badge badge-warn">未上传资质证书</span>{{/NO_CERTIFICATE}}</dd></div>
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
<form class="review-form" method="post" action="/school/admin/registration/approve" data-confirm="确认通过该学校的注册申请？通过后将开通学校账号，并把初始密码以短信发送至联系人手机。">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<p class="field-hint">通过后开通学校账号（登录账号为学校全称），初始密码以短信发送至联系人手机，首次登录须修改密码。</p>
<button type="submit" class="btn btn-primary">通过审核</button>
</form>
<form class="review-form" method="post" action="/school/admin/registration/reject">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="field{{#REASON_INVALID}} has-error{{/REASON_INVALID}}">
<label for="reason">驳回原因（必填，不超过 200 字）</label>
<textarea id="reason" name="reason" maxlength="200" required{{#REASON_INVALID}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_INVALID}}>{{REASON}}</textarea>
{{#REASON_ERROR}}<p id="reason-error" class="field-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
<p class="field-hint">驳回原因将通过短信告知学校联系人，学校可修改后重新提交。</p>
</div>
<button type="submit" class="btn btn-secondary">驳回申请</button>
</form>
</div>
</section>{{/PENDING}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
