{{%AUTOESCAPE context="HTML"}}
{{!
  修改基本信息 of a school. Values: ACTION, BACK_URL, CONTACT_NAME (as typed), CSRF (global).
  Sections: TYPE repeated (NAME, SELECTED), NATURE repeated (NAME, ID, CHECKED),
  CONTACT_ERROR, TYPE_ERROR, NATURE_ERROR (MESSAGE each).
}}
<h1 class="page-title">修改基本信息</h1>
<section class="form-card" aria-labelledby="basic-heading">
<h2 id="basic-heading" class="visually-hidden">修改基本信息</h2>
<p class="form-intro">学校名称和区域的更改须经管理中心审核，请在账户信息页点击“申请更改”。</p>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#CONTACT_ERROR}} has-error{{/CONTACT_ERROR}}">
<label for="contact_name">联系人姓名</label>
<input id="contact_name" name="contact_name" type="text" value="{{CONTACT_NAME}}" maxlength="50" autocomplete="name"{{#CONTACT_ERROR}} aria-invalid="true" aria-describedby="contact_name-error"{{/CONTACT_ERROR}}>
{{#CONTACT_ERROR}}<p class="field-error" id="contact_name-error">{{MESSAGE}}</p>{{/CONTACT_ERROR}}
</div>
<div class="field{{#TYPE_ERROR}} has-error{{/TYPE_ERROR}}">
<label for="school_type">学校类型</label>
<select id="school_type" name="school_type"{{#TYPE_ERROR}} aria-invalid="true" aria-describedby="school_type-error"{{/TYPE_ERROR}}>
<option value="">请选择...</option>
{{#TYPE}}<option value="{{NAME}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/TYPE}}
</select>
{{#TYPE_ERROR}}<p class="field-error" id="school_type-error">{{MESSAGE}}</p>{{/TYPE_ERROR}}
</div>
<fieldset class="field{{#NATURE_ERROR}} has-error{{/NATURE_ERROR}}">
<legend class="field-label">学校性质</legend>
<div class="choice-row">
{{#NATURE}}<label class="choice" for="{{ID}}"><input type="radio" id="{{ID}}" name="nature" value="{{NAME}}"{{#CHECKED}} checked{{/CHECKED}}> {{NAME}}</label>
{{/NATURE}}
</div>
{{#NATURE_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/NATURE_ERROR}}
</fieldset>
<div class="actions">
<button type="submit" class="btn btn-primary">保存</button>
<a class="btn btn-secondary" href="{{BACK_URL}}">返回账户信息</a>
</div>
</form>
</section>
