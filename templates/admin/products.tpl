{{%AUTOESCAPE context="HTML"}}
{{!
  险种设置: for each product the school types that may enroll it. Repeated PRODUCT (ID, NAME, INSURED_KIND;
  repeated TYPE (N, NAME, BOX_ID; CHECKED); ERROR (MESSAGE) with ERROR_INVALID on a refused form, typed boxes
  kept). One form per product posting product and type_N=1. CSRF is global.
}}
<h1 class="page-title">险种设置</h1>
<p class="muted">勾选可以投保该险种的学校类型。未勾选类型的学校在投保页面看不到该险种，中心校“所辖学校”中显示为“不适用”；已提交的投保数据不受影响。</p>
{{#PRODUCT}}<section class="panel" aria-labelledby="product-{{ID}}">
<h2 id="product-{{ID}}" class="section-title">{{NAME}}</h2>
<form method="post" action="/school/admin/products" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="product" value="{{ID}}">
<fieldset class="field{{#ERROR_INVALID}} has-error{{/ERROR_INVALID}}"{{#ERROR_INVALID}} aria-invalid="true" aria-describedby="product-{{ID}}-error"{{/ERROR_INVALID}}>
<legend>适用的学校类型（参保对象：{{INSURED_KIND}}）</legend>
{{#TYPE}}<label class="choice" for="{{BOX_ID}}"><input type="checkbox" id="{{BOX_ID}}" name="type_{{N}}" value="1"{{#CHECKED}} checked{{/CHECKED}}> {{NAME}}</label>
{{/TYPE}}{{#ERROR}}<p id="product-{{ID}}-error" class="field-error">{{MESSAGE}}</p>{{/ERROR}}
</fieldset>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button></div>
</form>
</section>
{{/PRODUCT}}
