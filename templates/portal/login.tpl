{{%AUTOESCAPE context="HTML"}}
{{!
  Portal login (the manual's 账户登录 box). Values: ACTION, LOGIN, CSRF (global), STATIC (global).
  Sections: KIND_SCHOOL / KIND_DEPARTMENT / KIND_INSURER (which tab is checked), ERROR (MESSAGE),
  CAPTCHA (CAPTCHA_URL: the image; shown after repeated failures, field name="captcha"),
  LINK repeated (LABEL, URL, AVAILABLE / UNAVAILABLE > NOTE). Works without JS; login.js swaps the placeholder.
}}
<section class="login-box" aria-labelledby="login-title">
<h1 id="login-title" class="login-title">账户登录</h1>
<form class="login-form" method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<fieldset class="kind-tabs">
<legend class="kind-legend">请注意选择账号类型</legend>
<div class="kind-tab-row">
<input class="kind-radio" type="radio" name="kind" id="kind-school" value="school"{{#KIND_SCHOOL}} checked{{/KIND_SCHOOL}}>
<label class="kind-tab" for="kind-school">学校</label>
<input class="kind-radio" type="radio" name="kind" id="kind-department" value="department"{{#KIND_DEPARTMENT}} checked{{/KIND_DEPARTMENT}}>
<label class="kind-tab" for="kind-department">教育部门</label>
<input class="kind-radio" type="radio" name="kind" id="kind-insurer" value="insurer"{{#KIND_INSURER}} checked{{/KIND_INSURER}}>
<label class="kind-tab" for="kind-insurer">承保机构</label>
</div>
</fieldset>
<div class="field">
<label for="login">登录账号</label>
<input id="login" name="login" type="text" value="{{LOGIN}}" placeholder="请输入学校全称或联系人手机号" autocomplete="username" maxlength="100" required>
</div>
<div class="field">
<label for="password">登录密码</label>
<input id="password" name="password" type="password" placeholder="请输入密码" autocomplete="current-password" maxlength="64" required>
</div>
{{#CAPTCHA}}
<div class="field field-captcha">
<label for="captcha">验证码</label>
<div class="captcha-row">
<input id="captcha" name="captcha" type="text" inputmode="numeric" autocomplete="off" maxlength="4" placeholder="4位数字" required>
<img class="captcha-img" id="login-captcha-img" src="{{CAPTCHA_URL}}" alt="图形验证码：请输入图中的 4 位数字" width="120" height="44">
<a class="captcha-refresh" href="/school/" data-captcha-img="login-captcha-img">看不清？换一张</a>
</div>
<p class="field-hint">登录失败次数较多，请同时输入图片中的 4 位数字。</p>
</div>
<script src="{{STATIC}}/js/captcha.js" defer></script>
{{/CAPTCHA}}
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<button type="submit" class="btn btn-primary btn-block btn-large">登录系统</button>
</form>
<ul class="login-links">
{{#LINK}}<li>{{#AVAILABLE}}<a href="{{URL}}">{{LABEL}}</a>{{/AVAILABLE}}{{#UNAVAILABLE}}<span class="link-off" title="{{NOTE}}" aria-disabled="true">{{LABEL}}<span class="tag-off">未开放</span><span class="visually-hidden">（{{NOTE}}）</span></span>{{/UNAVAILABLE}}</li>
{{/LINK}}
</ul>
</section>
<script src="{{STATIC}}/js/login.js" defer></script>
