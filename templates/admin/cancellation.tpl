{{%AUTOESCAPE context="HTML"}}
{{!
  One school account cancellation (注销) application. Values: ID, NAME, REGION, TYPE, SCHOOL_STATUS, CAUSE,
  REASON_TEXT, APPLICANT, CONTACT, MOBILE_MASKED, SUBMITTED, STATUS_LABEL, STATUS_BADGE. Sections: IS_CENTER
  (SUBORDINATES), HAS_CENTER (CENTER_NAME); ERROR (MESSAGE); PENDING (REASON, REASON_INVALID, REASON_ERROR > MESSAGE)
  with the approve and reject forms; DECIDED (DECIDED_AT, DECIDED_BY, DECISION_REASON > TEXT). CSRF is global.
}}
<h1 class="page-title">注销审核</h1>
<p class="back-link"><a href="/school/admin/cancellations">返回注销审核列表</a></p>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<section class="panel" aria-labelledby="cancellation-heading">
<h2 id="cancellation-heading" class="section-title">学校账号注销申请 <span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></h2>
<dl class="detail-list">
<div><dt>学校名称</dt><dd>{{NAME}}</dd></div>
<div><dt>所属区域</dt><dd>{{REGION}}</dd></div>
<div><dt>学校类型</dt><dd>{{TYPE}}</dd></div>
<div><dt>账号状态</dt><dd>{{SCHOOL_STATUS}}</dd></div>
<div><dt>中心校</dt><dd>{{#IS_CENTER}}中心校（所辖学校 {{SUBORDINATES}} 所，通过后解除其隶属关系）{{/IS_CENTER}}{{#HAS_CENTER}}隶属中心校“{{CENTER_NAME}}”{{/HAS_CENTER}}</dd></div>
<div><dt>注销原因</dt><dd><strong>{{CAUSE}}</strong></dd></div>
<div><dt>注销说明</dt><dd class="text-lines">{{REASON_TEXT:pre_escape}}</dd></div>
<div><dt>申请人</dt><dd>{{APPLICANT}}</dd></div>
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
<form class="review-form" method="post" action="/school/admin/cancellation/approve" data-confirm="确认通过该注销申请？通过后学校账号立即注销并停用，不能撤销。">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<p class="field-hint">通过后学校账号注销并停用（不能再登录），中心校关系随之解除，其他待审核申请自动撤回；投保、承保和理赔数据保留。结果以短信告知申请人。</p>
<button type="submit" class="btn btn-primary">通过申请</button>
</form>
<form class="review-form" method="post" action="/school/admin/cancellation/reject">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="field{{#REASON_INVALID}} has-error{{/REASON_INVALID}}">
<label for="reason">驳回原因（必填，不超过 200 字）</label>
<textarea id="reason" name="reason" maxlength="200" required{{#REASON_INVALID}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_INVALID}}>{{REASON}}</textarea>
{{#REASON_ERROR}}<p id="reason-error" class="field-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
<p class="field-hint">驳回原因将通过短信告知申请人。</p>
</div>
<button type="submit" class="btn btn-secondary">驳回申请</button>
</form>
</div>
</section>{{/PENDING}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
