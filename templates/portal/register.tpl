{{%AUTOESCAPE context="HTML"}}
{{!
  学校注册 (the manual's 注册账号). Values: ACTION, CAPTCHA_URL, NAME, CONTACT_NAME, MOBILE, SMS_CODE;
  CSRF, STATIC (global). Sections: REGION_GROUP (CITY_NAME) > REGION_OPTION (CODE, LABEL, SELECTED);
  TYPE_OPTION (TYPE_NAME, SELECTED); NATURE_PUBLIC / NATURE_PRIVATE (checked); HAS_ERRORS; FILE_AGAIN;
  CODE_SENT (MESSAGE); one error section per field, each with MESSAGE: ERR_REGION, ERR_NAME, ERR_TYPE,
  ERR_NATURE, ERR_CONTACT, ERR_MOBILE, ERR_CODE, ERR_CERT, ERR_CAPTCHA.
  The csrf field must stay the FIRST field: uploads are checked before the file is read.
  Works without JavaScript (发送验证码 then submits the form; the first, hidden button keeps Enter
  for 提交注册); sms-code.js and captcha.js enhance it.
}}
<section class="form-box" aria-labelledby="register-title">
<h1 id="register-title" class="login-title">学校注册</h1>
<p class="form-intro">请以教学点为单位注册。审核通过后，初始密码将以短信发送至联系人手机。带 <span class="req" aria-hidden="true">*</span> 的为必填项。</p>
{{#HAS_ERRORS}}<p class="form-error" role="alert">提交的信息有误，请按各项下方的提示修改后重新提交。</p>{{/HAS_ERRORS}}
{{#FILE_AGAIN}}<p class="notice notice-file" role="status">为保证安全，出错后已选择的资质证书文件不会保留，请重新选择后提交。</p>{{/FILE_AGAIN}}
<form class="login-form register-form" method="post" action="{{ACTION}}" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">提交注册</button>
<div class="field{{#ERR_REGION}} has-error{{/ERR_REGION}}">
<label for="reg-region">区域 <span class="req" aria-hidden="true">*</span></label>
<select id="reg-region" name="region" required{{#ERR_REGION}} aria-invalid="true" aria-describedby="reg-region-error"{{/ERR_REGION}}>
<option value="">请选择市、县（区）；市属学校选“市直”</option>
{{#REGION_GROUP}}<optgroup label="{{CITY_NAME}}">
{{#REGION_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/REGION_OPTION}}</optgroup>
{{/REGION_GROUP}}
</select>
{{#ERR_REGION}}<p class="field-error" id="reg-region-error">{{MESSAGE}}</p>{{/ERR_REGION}}
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
<label for="reg-contact">联系人姓名 <span class="req" aria-hidden="true">*</span></label>
<input id="reg-contact" name="contact_name" type="text" value="{{CONTACT_NAME}}" maxlength="30" required autocomplete="name"{{#ERR_CONTACT}} aria-invalid="true" aria-describedby="reg-contact-error"{{/ERR_CONTACT}}>
{{#ERR_CONTACT}}<p class="field-error" id="reg-contact-error">{{MESSAGE}}</p>{{/ERR_CONTACT}}
</div>
<div class="field{{#ERR_MOBILE}} has-error{{/ERR_MOBILE}}">
<label for="reg-mobile">联系人手机 <span class="req" aria-hidden="true">*</span></label>
<div class="input-with-button">
<input id="reg-mobile" name="mobile" type="tel" value="{{MOBILE}}" maxlength="11" inputmode="numeric" autocomplete="tel" required{{#ERR_MOBILE}} aria-invalid="true" aria-describedby="reg-mobile-error"{{/ERR_MOBILE}}>
<button type="submit" class="btn btn-secondary" name="send_code" value="1" formnovalidate data-sms-purpose="register" data-mobile-field="reg-mobile" data-status="reg-code-status">发送验证码</button>
</div>
{{#ERR_MOBILE}}<p class="field-error" id="reg-mobile-error">{{MESSAGE}}</p>{{/ERR_MOBILE}}
<p class="field-hint sms-status" id="reg-code-status" aria-live="polite">{{#CODE_SENT}}{{MESSAGE}}{{/CODE_SENT}}</p>
</div>
<div class="field{{#ERR_CODE}} has-error{{/ERR_CODE}}">
<label for="reg-code">短信验证码 <span class="req" aria-hidden="true">*</span></label>
<input id="reg-code" name="sms_code" type="text" value="{{SMS_CODE}}" maxlength="6" inputmode="numeric" autocomplete="one-time-code" required{{#ERR_CODE}} aria-invalid="true" aria-describedby="reg-code-error"{{/ERR_CODE}}>
{{#ERR_CODE}}<p class="field-error" id="reg-code-error">{{MESSAGE}}</p>{{/ERR_CODE}}
</div>
<div class="field{{#ERR_CERT}} has-error{{/ERR_CERT}}">
<label for="reg-cert">资质证书 <span class="req" aria-hidden="true">*</span></label>
<input id="reg-cert" name="certificate" type="file" accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf" required aria-describedby="reg-cert-hint{{#ERR_CERT}} reg-cert-error{{/ERR_CERT}}"{{#ERR_CERT}} aria-invalid="true"{{/ERR_CERT}}>
<p class="field-hint" id="reg-cert-hint">办学许可证或事业单位法人证书的照片或扫描件（JPG、PNG 或 PDF，不超过 5 MB）。没有资质证书的，请下载<a href="{{STATIC}}/docs/certificate-explanation.html" target="_blank" rel="noopener">说明模板</a>，填写并加盖<strong>本校公章</strong>后拍照上传。</p>
{{#ERR_CERT}}<p class="field-error" id="reg-cert-error">{{MESSAGE}}</p>{{/ERR_CERT}}
</div>
<div class="field{{#ERR_CAPTCHA}} has-error{{/ERR_CAPTCHA}}">
<label for="reg-captcha">图形验证码 <span class="req" aria-hidden="true">*</span></label>
<div class="captcha-row">
<input id="reg-captcha" name="captcha" type="text" maxlength="4" inputmode="numeric" autocomplete="off" required{{#ERR_CAPTCHA}} aria-invalid="true" aria-describedby="reg-captcha-error"{{/ERR_CAPTCHA}}>
<img class="captcha-img" id="reg-captcha-img" src="{{CAPTCHA_URL}}" width="120" height="44" alt="图形验证码：请输入图中的 4 位数字">
<a class="captcha-refresh" href="/school/register" data-captcha-img="reg-captcha-img">看不清？换一张</a>
</div>
{{#ERR_CAPTCHA}}<p class="field-error" id="reg-captcha-error">{{MESSAGE}}</p>{{/ERR_CAPTCHA}}
</div>
<button type="submit" class="btn btn-primary btn-block btn-large">提交注册</button>
</form>
<p class="form-back"><a href="/school/">返回登录</a></p>
</section>
<script src="{{STATIC}}/js/sms-code.js" defer></script>
<script src="{{STATIC}}/js/captcha.js" defer></script>
