{{%AUTOESCAPE context="HTML"}}
{{!
  Center school 增加所辖学校. Values: REGION, NAME, CONTACT_NAME, MOBILE; CSRF (global).
  Sections: TYPE_OPTION (TYPE_NAME, SELECTED); NATURE_PUBLIC / NATURE_PRIVATE (checked);
  HAS_ERRORS; FILE_AGAIN; error sections with MESSAGE: ERR_NAME, ERR_TYPE, ERR_NATURE,
  ERR_CONTACT, ERR_MOBILE, ERR_CERT (ERR_REGION for a center whose region is unusable);
  FILED repeated (NAME, CONTACT, MOBILE_MASKED, SUBMITTED, STATUS_LABEL, STATUS_BADGE, REASON);
  NO_FILED. The csrf field must stay the FIRST field: uploads are checked before the file is read.
}}
<h1 class="page-title">增加所辖学校</h1>
<p class="muted">为尚未在系统中注册的学校代为注册账号（以教学点为单位，含民办）。提交后由管理中心审核；审核通过后该校即为本校的所辖学校，登录账号和初始密码以短信发送至其联系人手机。带 <span class="req" aria-hidden="true">*</span> 的为必填项。</p>
{{#HAS_ERRORS}}<p class="form-error" role="alert">提交的信息有误，请按各项下方的提示修改后重新提交。</p>{{/HAS_ERRORS}}
{{#FILE_AGAIN}}<p class="notice notice-file" role="status">为保证安全，出错后已选择的资质证书文件不会保留，请重新选择后提交。</p>{{/FILE_AGAIN}}
<form class="login-form register-form" method="post" action="/school/files/center-register" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<span class="field-label">区域</span>
<p id="reg-region">{{REGION}}（与本校相同）</p>
{{#ERR_REGION}}<p class="field-error">{{MESSAGE}}</p>{{/ERR_REGION}}
</div>
<div class="field{{#ERR_NAME}} has-error{{/ERR_NAME}}">
<label for="reg-name">学校全称 <span class="req" aria-hidden="true">*</span></label>
<input id="reg-name" name="name" type="text" value="{{NAME}}" maxlength="60" required aria-describedby="reg-name-hint{{#ERR_NAME}} reg-name-error{{/ERR_NAME}}"{{#ERR_NAME}} aria-invalid="true"{{/ERR_NAME}} placeholder="与资质证书上的名称一致">
<p class="field-hint" id="reg-name-hint">请填写办学许可证或事业单位法人证书上的学校全称（4-60 个字）。</p>
{{#ERR_NAME}}<p class="field-error" id="reg-name-error">{{MESSAGE}}</p>{{/ERR_NAME}}
</div>
<div class="field{{#ERR_TYPE}} has-error{{/ERR_TYPE}}">
<label for="reg-type">学校类型 <span class="req" aria-hidden="true">*</span></label>
<select id="reg-type" name="school_type" required{{#ERR_TYPE}} aria-invalid="true" aria-describedby="reg-type-error"{{/ERR_TYPE}}>
<option value="">请选择</option>
{{#TYPE_OPTION}}<option value="{{TYPE_NAME}}"{{#SELECTED}} selected{{/SELECTED}}>{{TYPE_NAME}}</option>
{{/TYPE_OPTION}}
</select>
{{#ERR_TYPE}}<p class="field-error" id="reg-type-error">{{MESSAGE}}</p>{{/ERR_TYPE}}
</div>
<fieldset class="field{{#ERR_NATURE}} has-error{{/ERR_NATURE}}"{{#ERR_NATURE}} aria-describedby="reg-nature-error"{{/ERR_NATURE}}>
<legend class="field-label">学校性质 <span class="req" aria-hidden="true">*</span></legend>
<div class="choice-row">
<label class="choice"><input type="radio" name="nature" value="公办" required{{#NATURE_PUBLIC}} checked{{/NATURE_PUBLIC}}> 公办</label>
<label class="choice"><input type="radio" name="nature" value="民办"{{#NATURE_PRIVATE}} checked{{/NATURE_PRIVATE}}> 民办</label>
</div>
{{#ERR_NATURE}}<p class="field-error" id="reg-nature-error">{{MESSAGE}}</p>{{/ERR_NATURE}}
</fieldset>
<div class="field{{#ERR_CONTACT}} has-error{{/ERR_CONTACT}}">
<label for="reg-contact">联系人（明白人）姓名 <span class="req" aria-hidden="true">*</span></label>
<input id="reg-contact" name="contact_name" type="text" value="{{CONTACT_NAME}}" maxlength="30" required{{#ERR_CONTACT}} aria-invalid="true" aria-describedby="reg-contact-error"{{/ERR_CONTACT}}>
{{#ERR_CONTACT}}<p class="field-error" id="reg-contact-error">{{MESSAGE}}</p>{{/ERR_CONTACT}}
</div>
<div class="field{{#ERR_MOBILE}} has-error{{/ERR_MOBILE}}">
<label for="reg-mobile">联系人手机 <span class="req" aria-hidden="true">*</span></label>
<input id="reg-mobile" name="mobile" type="tel" value="{{MOBILE}}" maxlength="11" inputmode="numeric" required aria-describedby="reg-mobile-hint{{#ERR_MOBILE}} reg-mobile-error{{/ERR_MOBILE}}"{{#ERR_MOBILE}} aria-invalid="true"{{/ERR_MOBILE}}>
<p class="field-hint" id="reg-mobile-hint">该校的登录账号和初始密码将发送至此手机，请仔细核对。</p>
{{#ERR_MOBILE}}<p class="field-error" id="reg-mobile-error">{{MESSAGE}}</p>{{/ERR_MOBILE}}
</div>
<div class="field{{#ERR_CERT}} has-error{{/ERR_CERT}}">
<label for="reg-cert">资质证书 <span class="req" aria-hidden="true">*</span></label>
<input id="reg-cert" name="certificate" type="file" accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf" required aria-describedby="reg-cert-hint{{#ERR_CERT}} reg-cert-error{{/ERR_CERT}}"{{#ERR_CERT}} aria-invalid="true"{{/ERR_CERT}}>
<p class="field-hint" id="reg-cert-hint">该校办学许可证或事业单位法人证书的照片或扫描件（JPG、PNG 或 PDF，不超过 5 MB）。</p>
{{#ERR_CERT}}<p class="field-error" id="reg-cert-error">{{MESSAGE}}</p>{{/ERR_CERT}}
</div>
<button type="submit" class="btn btn-primary">提交注册</button>
</form>
<h2 class="section-title">已提交的注册</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="filed-caption">
<table class="data-table">
<caption id="filed-caption">待审核或未通过的代注册学校</caption>
<thead><tr><th scope="col">学校名称</th><th scope="col">联系人</th><th scope="col">联系电话</th><th scope="col">提交时间</th><th scope="col">审核状态</th><th scope="col">驳回原因</th></tr></thead>
<tbody>{{#FILED}}<tr><td>{{NAME}}</td><td>{{CONTACT}}</td><td class="nowrap">{{MOBILE_MASKED}}</td><td class="nowrap">{{SUBMITTED}}</td><td><span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></td><td>{{REASON}}</td></tr>
{{/FILED}}</tbody>
</table>
</div>
{{#NO_FILED}}<p class="empty">没有待审核或未通过的代注册学校。审核通过的学校见“所辖学校”。</p>{{/NO_FILED}}
