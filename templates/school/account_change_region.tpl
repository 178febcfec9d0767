{{%AUTOESCAPE context="HTML"}}
{{!
  申请更改区域. Values: ACTION, BACK_URL, CURRENT_NAME, CURRENT_REGION, CSRF (global).
  Sections: PENDING (an application is under review: no form); FORM (REASON; CITY repeated
  (CITY_NAME; OPTION repeated: CODE, NAME, SELECTED) — each city's 市直 and counties;
  VALUE_ERROR, REASON_ERROR > MESSAGE).
}}
<h1 class="page-title">申请更改区域</h1>
<section class="form-card" aria-labelledby="change-heading">
<h2 id="change-heading" class="visually-hidden">申请更改区域</h2>
<p class="form-intro">当前区域：<strong>{{CURRENT_REGION}}</strong>（{{CURRENT_NAME}}）。请选择学校实际所在的区域并说明原因，管理中心审核通过后生效。</p>
{{#PENDING}}<p class="notice">已有一项区域更改申请正在审核中，请等待审核结果。</p>
<p class="actions"><a class="btn btn-secondary" href="{{BACK_URL}}">返回账户信息</a></p>{{/PENDING}}
{{#FORM}}
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#VALUE_ERROR}} has-error{{/VALUE_ERROR}}">
<label for="region_code">正确的区域</label>
<select id="region_code" name="region_code"{{#VALUE_ERROR}} aria-invalid="true" aria-describedby="region_code-error"{{/VALUE_ERROR}}>
<option value="">请选择市、县（区）...</option>
{{#CITY}}<optgroup label="{{CITY_NAME}}">
{{#OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/OPTION}}</optgroup>
{{/CITY}}
</select>
{{#VALUE_ERROR}}<p class="field-error" id="region_code-error">{{MESSAGE}}</p>{{/VALUE_ERROR}}
</div>
<div class="field{{#REASON_ERROR}} has-error{{/REASON_ERROR}}">
<label for="reason">申请原因</label>
<textarea id="reason" name="reason" maxlength="200" aria-describedby="reason-hint{{#REASON_ERROR}} reason-error{{/REASON_ERROR}}"{{#REASON_ERROR}} aria-invalid="true"{{/REASON_ERROR}}>{{REASON}}</textarea>
<p class="field-hint" id="reason-hint">不超过 200 字，如：注册时区域选择有误。</p>
{{#REASON_ERROR}}<p class="field-error" id="reason-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
</div>
<div class="actions">
<button type="submit" class="btn btn-primary">提交申请</button>
<a class="btn btn-secondary" href="{{BACK_URL}}">返回账户信息</a>
</div>
</form>
{{/FORM}}
</section>
