{{%AUTOESCAPE context="HTML"}}
{{!
  忘记登录账号 (the manual's 查找登录账号). Values: ACTION, CAPTCHA_URL, NAME; CSRF, STATIC (global).
  Sections: ERR_NAME, ERR_CAPTCHA (MESSAGE each); NOT_FOUND; RESULT > ACCOUNT (REGION, LOGIN, MOBILE masked).
}}
<section class="form-box" aria-labelledby="lookup-title">
<h1 id="lookup-title" class="login-title">查找登录账号</h1>
<p class="form-intro">提示：请输入办学许可证或事业单位法人证书上的学校全称。登录账号为学校全称或注册联系人手机号。</p>
{{#RESULT}}<div class="lookup-result" role="status">
<h2 class="section-title">查找结果</h2>
<dl class="facts lookup-facts">
{{#ACCOUNT}}<div class="fact"><dt>区域</dt><dd>{{REGION}}</dd></div>
<div class="fact"><dt>登录账号</dt><dd>{{LOGIN}}</dd></div>
<div class="fact"><dt>注册手机号</dt><dd>{{MOBILE}}</dd></div>
{{/ACCOUNT}}</dl>
<p class="field-hint">可使用学校全称或注册手机号登录。如手机号已不再使用，请联系上级主管部门修改。</p>
</div>{{/RESULT}}
{{#NOT_FOUND}}<p class="notice" role="status">未找到该学校的注册信息。请核对学校全称（须与证书一致）；尚未注册或仍在审核中的学校请等待审核结果或重新注册。</p>{{/NOT_FOUND}}
<form class="login-form" method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#ERR_NAME}} has-error{{/ERR_NAME}}">
<label for="lookup-name">学校全称 <span class="req" aria-hidden="true">*</span></label>
<input id="lookup-name" name="name" type="text" value="{{NAME}}" maxlength="100" required{{#ERR_NAME}} aria-invalid="true" aria-describedby="lookup-name-error"{{/ERR_NAME}}>
{{#ERR_NAME}}<p class="field-error" id="lookup-name-error">{{MESSAGE}}</p>{{/ERR_NAME}}
</div>
<div class="field{{#ERR_CAPTCHA}} has-error{{/ERR_CAPTCHA}}">
<label for="lookup-captcha">验证码 <span class="req" aria-hidden="true">*</span></label>
<div class="captcha-row">
<input id="lookup-captcha" name="captcha" type="text" maxlength="4" inputmode="numeric" autocomplete="off" required{{#ERR_CAPTCHA}} aria-invalid="true" aria-describedby="lookup-captcha-error"{{/ERR_CAPTCHA}}>
<img class="captcha-img" id="lookup-captcha-img" src="{{CAPTCHA_URL}}" width="120" height="44" alt="图形验证码：请输入图中的 4 位数字">
<a class="captcha-refresh" href="/school/forgot-account" data-captcha-img="lookup-captcha-img">看不清？换一张</a>
</div>
{{#ERR_CAPTCHA}}<p class="field-error" id="lookup-captcha-error">{{MESSAGE}}</p>{{/ERR_CAPTCHA}}
</div>
<button type="submit" class="btn btn-primary btn-block btn-large">查找登录账号</button>
</form>
<p class="form-back"><a href="/school/">返回登录</a></p>
</section>
<script src="{{STATIC}}/js/captcha.js" defer></script>
