{{%AUTOESCAPE context="HTML"}}
{{!
  申请更改学校名称. Values: ACTION, BACK_URL, CURRENT_NAME, CURRENT_REGION, CSRF (global).
  Sections: PENDING (an application is under review: no form); FORM (VALUE: the new name as
  typed, REASON; VALUE_ERROR, REASON_ERROR > MESSAGE).
}}
<h1 class="page-title">申请更改学校名称</h1>
<section class="form-card" aria-labelledby="change-heading">
<h2 id="change-heading" class="visually-hidden">申请更改学校名称</h2>
<p class="form-intro">当前学校名称：<strong>{{CURRENT_NAME}}</strong>（{{CURRENT_REGION}}）。请填写变更后的学校全称（与办学许可证或事业单位法人证书一致）和变更原因，管理中心审核通过后生效。</p>
{{#PENDING}}<p class="notice">已有一项学校名称更改申请正在审核中，请等待审核结果。</p>
<p class="actions"><a class="btn btn-secondary" href="{{BACK_URL}}">返回账户信息</a></p>{{/PENDING}}
{{#FORM}}
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#VALUE_ERROR}} has-error{{/VALUE_ERROR}}">
<label for="name">新的学校全称</label>
<input id="name" name="name" type="text" value="{{VALUE}}" maxlength="100"{{#VALUE_ERROR}} aria-invalid="true" aria-describedby="name-error"{{/VALUE_ERROR}}>
{{#VALUE_ERROR}}<p class="field-error" id="name-error">{{MESSAGE}}</p>{{/VALUE_ERROR}}
</div>
<div class="field{{#REASON_ERROR}} has-error{{/REASON_ERROR}}">
<label for="reason">申请原因</label>
<textarea id="reason" name="reason" maxlength="200" aria-describedby="reason-hint{{#REASON_ERROR}} reason-error{{/REASON_ERROR}}"{{#REASON_ERROR}} aria-invalid="true"{{/REASON_ERROR}}>{{REASON}}</textarea>
<p class="field-hint" id="reason-hint">不超过 200 字，如：经主管部门批准更名（文号……）。</p>
{{#REASON_ERROR}}<p class="field-error" id="reason-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
</div>
<div class="actions">
<button type="submit" class="btn btn-primary">提交申请</button>
<a class="btn btn-secondary" href="{{BACK_URL}}">返回账户信息</a>
</div>
</form>
{{/FORM}}
</section>
