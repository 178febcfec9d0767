{{%AUTOESCAPE context="HTML"}}
{{!
  新建/编辑公告: HEADING, ACTION; EDIT (ID) when editing; TITLE, BODY, EXPIRES_ON; repeated ROLE (CODE,
  LABEL, CHECKED); repeated CITY (CODE, NAME, SELECTED) and COUNTY_GROUP (CITY_NAME, CITY_CODE; repeated
  COUNTY: CODE, NAME, SELECTED); repeated COMPANY (ID, NAME, SELECTED); per X in TITLE, BODY, ROLES,
  REGION, COMPANY, EXPIRES: X_ERROR > MESSAGE and X_ERROR_INVALID; ERROR (MESSAGE). CSRF is global.
}}
<h1 class="page-title">{{HEADING}}</h1>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<form class="form-card" method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#EDIT}}<input type="hidden" name="id" value="{{ID}}">{{/EDIT}}
<div class="field{{#TITLE_ERROR_INVALID}} has-error{{/TITLE_ERROR_INVALID}}">
<label for="title">标题 <span class="req" aria-hidden="true">*</span></label>
<input id="title" name="title" type="text" value="{{TITLE}}" maxlength="100" required{{#TITLE_ERROR_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_ERROR_INVALID}}>
{{#TITLE_ERROR}}<p id="title-error" class="field-error">{{MESSAGE}}</p>{{/TITLE_ERROR}}
</div>
<div class="field{{#BODY_ERROR_INVALID}} has-error{{/BODY_ERROR_INVALID}}">
<label for="body">正文 <span class="req" aria-hidden="true">*</span></label>
<textarea id="body" name="body" rows="10" maxlength="5000" required{{#BODY_ERROR_INVALID}} aria-invalid="true" aria-describedby="body-error"{{/BODY_ERROR_INVALID}}>{{BODY:pre_escape}}</textarea>
{{#BODY_ERROR}}<p id="body-error" class="field-error">{{MESSAGE}}</p>{{/BODY_ERROR}}
<p class="field-hint">纯文本，按原样分行显示。</p>
</div>
<fieldset class="field{{#ROLES_ERROR_INVALID}} has-error{{/ROLES_ERROR_INVALID}}"{{#ROLES_ERROR_INVALID}} aria-describedby="roles-error"{{/ROLES_ERROR_INVALID}}>
<legend>发布对象 <span class="req" aria-hidden="true">*</span></legend>
{{#ROLE}}<label class="choice" for="role-{{CODE}}"><input type="checkbox" id="role-{{CODE}}" name="role_{{CODE}}" value="1"{{#CHECKED}} checked{{/CHECKED}}> {{LABEL}}</label>
{{/ROLE}}{{#ROLES_ERROR}}<p id="roles-error" class="field-error">{{MESSAGE}}</p>{{/ROLES_ERROR}}
</fieldset>
<div class="field{{#REGION_ERROR_INVALID}} has-error{{/REGION_ERROR_INVALID}}">
<label for="city">发布区域：市</label>
<select id="city" name="city"{{#REGION_ERROR_INVALID}} aria-invalid="true" aria-describedby="region-error"{{/REGION_ERROR_INVALID}}>
<option value="">全省</option>
{{#CITY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/CITY}}</select>
<label for="county">县区</label>
<select id="county" name="county"{{#REGION_ERROR_INVALID}} aria-invalid="true" aria-describedby="region-error"{{/REGION_ERROR_INVALID}}>
<option value="">全市（含所辖县区及市直）</option>
{{#COUNTY_GROUP}}<optgroup label="{{CITY_NAME}}" data-city="{{CITY_CODE}}">
{{#COUNTY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COUNTY}}</optgroup>
{{/COUNTY_GROUP}}</select>
{{#REGION_ERROR}}<p id="region-error" class="field-error">{{MESSAGE}}</p>{{/REGION_ERROR}}
<p class="field-hint">不选市即发布到全省；选市不选县区即发布到该市所辖县区及市直学校、部门和机构。</p>
</div>
<div class="field{{#COMPANY_ERROR_INVALID}} has-error{{/COMPANY_ERROR_INVALID}}">
<label for="company">承保机构限定保险公司</label>
<select id="company" name="company"{{#COMPANY_ERROR_INVALID}} aria-invalid="true" aria-describedby="company-error"{{/COMPANY_ERROR_INVALID}}>
<option value="">所有保险公司</option>
{{#COMPANY}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COMPANY}}</select>
{{#COMPANY_ERROR}}<p id="company-error" class="field-error">{{MESSAGE}}</p>{{/COMPANY_ERROR}}
<p class="field-hint">只影响承保机构类的发布对象。</p>
</div>
<div class="field{{#EXPIRES_ERROR_INVALID}} has-error{{/EXPIRES_ERROR_INVALID}}">
<label for="expires_on">显示截止日期</label>
<input id="expires_on" name="expires_on" type="date" value="{{EXPIRES_ON}}"{{#EXPIRES_ERROR_INVALID}} aria-invalid="true" aria-describedby="expires-error"{{/EXPIRES_ERROR_INVALID}}>
{{#EXPIRES_ERROR}}<p id="expires-error" class="field-error">{{MESSAGE}}</p>{{/EXPIRES_ERROR}}
<p class="field-hint">可不填：不填则撤回前一直显示。</p>
</div>
<button type="submit" class="btn btn-primary">保存为草稿</button>
</form>
<p><a href="/school/admin/announcements">返回公告管理</a></p>
