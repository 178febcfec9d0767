{{%AUTOESCAPE context="HTML"}}
{{!
  修改手机号 under 账户信息 (every area). Values: ACTION (the change), CODE_ACTION (sends the code
  to the typed number: the 发送验证码 button submits the same form there), BACK_URL,
  CURRENT_MOBILE (masked), MOBILE and CODE (as typed), CSRF (global).
  Sections: MOBILE_ERROR, CODE_ERROR, PASSWORD_ERROR (MESSAGE each). Works without JS;
  sms-code.js sends the code in place (JSON from CODE_ACTION) with a 60 s countdown.
}}
<h1 class="page-title">修改手机号</h1>
<section class="form-card" aria-labelledby="mobile-heading">
<h2 id="mobile-heading" class="visually-hidden">修改手机号</h2>
<p class="form-intro">当前手机号：<strong>{{CURRENT_MOBILE}}</strong>。请填写新的手机号并获取短信验证码（发送到新手机号），再输入当前密码确认。修改后原手机号和新手机号都会收到通知。</p>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{! Enter in any field submits the first button: make that the change, not 发送验证码. }}
<button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">确认修改</button>
<div class="field{{#MOBILE_ERROR}} has-error{{/MOBILE_ERROR}}">
<label for="mobile">新手机号</label>
<div class="input-with-button">
<input id="mobile" name="mobile" type="tel" inputmode="numeric" value="{{MOBILE}}" maxlength="11" autocomplete="tel" placeholder="请输入11位手机号码"{{#MOBILE_ERROR}} aria-invalid="true" aria-describedby="mobile-error"{{/MOBILE_ERROR}}>
<button type="submit" class="btn btn-secondary" formaction="{{CODE_ACTION}}" data-url="{{CODE_ACTION}}" data-sms-purpose="change_mobile" data-mobile-field="mobile" data-status="mobile-code-status">发送验证码</button>
</div>
{{#MOBILE_ERROR}}<p class="field-error" id="mobile-error">{{MESSAGE}}</p>{{/MOBILE_ERROR}}
<p class="field-hint sms-status" id="mobile-code-status" aria-live="polite"></p>
</div>
<div class="field{{#CODE_ERROR}} has-error{{/CODE_ERROR}}">
<label for="code">短信验证码</label>
<input id="code" name="code" type="text" inputmode="numeric" value="{{CODE}}" maxlength="6" autocomplete="one-time-code" placeholder="请输入6位数字验证码"{{#CODE_ERROR}} aria-invalid="true" aria-describedby="code-error"{{/CODE_ERROR}}>
{{#CODE_ERROR}}<p class="field-error" id="code-error">{{MESSAGE}}</p>{{/CODE_ERROR}}
</div>
<div class="field{{#PASSWORD_ERROR}} has-error{{/PASSWORD_ERROR}}">
<label for="password">当前密码</label>
<input id="password" name="password" type="password" maxlength="64" autocomplete="current-password"{{#PASSWORD_ERROR}} aria-invalid="true" aria-describedby="password-error"{{/PASSWORD_ERROR}}>
{{#PASSWORD_ERROR}}<p class="field-error" id="password-error">{{MESSAGE}}</p>{{/PASSWORD_ERROR}}
</div>
<div class="actions">
<button type="submit" class="btn btn-primary">确认修改</button>
<a class="btn btn-secondary" href="{{BACK_URL}}">返回账户信息</a>
</div>
</form>
</section>
<script src="{{STATIC}}/js/sms-code.js" defer></script>
