{{%AUTOESCAPE context="HTML"}}
{{!
  忘记密码 (the manual's 找回密码, school accounts only). Values: ACTION, CAPTCHA_URL, MOBILE, SMS_CODE,
  RULE (password policy); CSRF, STATIC (global). Sections, each with MESSAGE: ERR_FORM, ERR_MOBILE,
  ERR_CAPTCHA, ERR_CODE, ERR_PASSWORD, ERR_CONFIRM, CODE_SENT. Passwords are never echoed back.
  The first, hidden button makes Enter submit the form, not 发送验证码. Without JavaScript 发送验证码 submits the form (send_code); sms-code.js sends it in place.
}}
<section class="form-box" aria-labelledby="reset-title">
<h1 id="reset-title" class="login-title">找回密码</h1>
<p class="form-intro">提示：此找回密码仅为学校用户找回密码。教育部门、承保机构账号请联系管理中心重设。</p>
{{#ERR_FORM}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERR_FORM}}
<form class="login-form" method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">重设密码</button>
<div class="field{{#ERR_MOBILE}} has-error{{/ERR_MOBILE}}">
<label for="reset-mobile">注册联系人手机 <span class="req" aria-hidden="true">*</span></label>
<input id="reset-mobile" name="mobile" type="tel" value="{{MOBILE}}" maxlength="11" inputmode="numeric" autocomplete="tel" required{{#ERR_MOBILE}} aria-invalid="true" aria-describedby="reset-mobile-error"{{/ERR_MOBILE}}>
{{#ERR_MOBILE}}<p class="field-error" id="reset-mobile-error">{{MESSAGE}}</p>{{/ERR_MOBILE}}
</div>
<div class="field{{#ERR_CAPTCHA}} has-error{{/ERR_CAPTCHA}}">
<label for="reset-captcha">图形验证码</label>
<div class="captcha-row">
<input id="reset-captcha" name="captcha" type="text" maxlength="4" inputmode="numeric" autocomplete="off" aria-describedby="reset-captcha-hint{{#ERR_CAPTCHA}} reset-captcha-error{{/ERR_CAPTCHA}}"{{#ERR_CAPTCHA}} aria-invalid="true"{{/ERR_CAPTCHA}}>
<img class="captcha-img" id="reset-captcha-img" src="{{CAPTCHA_URL}}" width="120" height="44" alt="图形验证码：请输入图中的 4 位数字">
<a class="captcha-refresh" href="/school/forgot-password" data-captcha-img="reset-captcha-img">看不清？换一张</a>
</div>
<p class="field-hint" id="reset-captcha-hint">获取短信验证码前，请先输入图中的数字。</p>
{{#ERR_CAPTCHA}}<p class="field-error" id="reset-captcha-error">{{MESSAGE}}</p>{{/ERR_CAPTCHA}}
</div>
<div class="field{{#ERR_CODE}} has-error{{/ERR_CODE}}">
<label for="reset-code">短信验证码 <span class="req" aria-hidden="true">*</span></label>
<div class="input-with-button">
<input id="reset-code" name="sms_code" type="text" value="{{SMS_CODE}}" maxlength="6" inputmode="numeric" autocomplete="one-time-code" required{{#ERR_CODE}} aria-invalid="true" aria-describedby="reset-code-error"{{/ERR_CODE}}>
<button type="submit" class="btn btn-secondary" name="send_code" value="1" formnovalidate data-sms-purpose="reset_password" data-mobile-field="reset-mobile" data-captcha-field="reset-captcha" data-status="reset-code-status">发送验证码</button>
</div>
{{#ERR_CODE}}<p class="field-error" id="reset-code-error">{{MESSAGE}}</p>{{/ERR_CODE}}
<p class="field-hint sms-status" id="reset-code-status" aria-live="polite">{{#CODE_SENT}}{{MESSAGE}}{{/CODE_SENT}}</p>
</div>
<div class="field{{#ERR_PASSWORD}} has-error{{/ERR_PASSWORD}}">
<label for="reset-password">新的登录密码 <span class="req" aria-hidden="true">*</span></label>
<input id="reset-password" name="new_password" type="password" autocomplete="new-password" maxlength="64" required aria-describedby="reset-password-hint{{#ERR_PASSWORD}} reset-password-error{{/ERR_PASSWORD}}"{{#ERR_PASSWORD}} aria-invalid="true"{{/ERR_PASSWORD}}>
<p class="field-hint" id="reset-password-hint">{{RULE}}</p>
{{#ERR_PASSWORD}}<p class="field-error" id="reset-password-error">{{MESSAGE}}</p>{{/ERR_PASSWORD}}
</div>
<div class="field{{#ERR_CONFIRM}} has-error{{/ERR_CONFIRM}}">
<label for="reset-confirm">确认新密码 <span class="req" aria-hidden="true">*</span></label>
<input id="reset-confirm" name="confirm_password" type="password" autocomplete="new-password" maxlength="64" required{{#ERR_CONFIRM}} aria-invalid="true" aria-describedby="reset-confirm-error"{{/ERR_CONFIRM}}>
{{#ERR_CONFIRM}}<p class="field-error" id="reset-confirm-error">{{MESSAGE}}</p>{{/ERR_CONFIRM}}
</div>
<button type="submit" class="btn btn-primary btn-block btn-large">重设密码</button>
</form>
<p class="form-back"><a href="/school/">返回登录</a></p>
</section>
<script src="{{STATIC}}/js/sms-code.js" defer></script>
<script src="{{STATIC}}/js/captcha.js" defer></script>
