{{%AUTOESCAPE context="HTML"}}
{{!
  One insurance company. Values: ID, COMPANY_NAME, COMPANY_SHORT_NAME; sections ACTIVE / DISABLED.
  Rename form: NAME, SHORT_NAME (+ NAME_ERROR / SHORT_NAME_ERROR > MESSAGE, *_ERROR_INVALID), RENAME_ERROR (MESSAGE).
  Repeated BRANCH (LOGIN, NAME, CONTACT, MOBILE_MASKED, OPENED, ACCOUNT_ACTIVE / ACCOUNT_DISABLED, MUST_CHANGE);
  NO_BRANCH. BRANCH_FORM (LOGIN, DISPLAY_NAME, CONTACT_NAME, MOBILE with LOGIN_ERROR, DISPLAY_NAME_ERROR,
  CONTACT_NAME_ERROR, MOBILE_ERROR > MESSAGE and *_ERROR_INVALID; BRANCH_ERROR > MESSAGE), or BRANCH_CLOSED
  when the company is disabled. CSRF is global.
}}
<h1 class="page-title">保险公司</h1>
<p class="back-link"><a href="/school/admin/companies">返回保险公司列表</a></p>
<section class="panel" aria-labelledby="company-heading">
<h2 id="company-heading" class="section-title">{{COMPANY_NAME}}（{{COMPANY_SHORT_NAME}}） {{#ACTIVE}}<span class="badge badge-ok">正常</span>{{/ACTIVE}}{{#DISABLED}}<span class="badge badge-danger">已停用</span>{{/DISABLED}}</h2>
{{#RENAME_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/RENAME_ERROR}}
<form class="form-card" method="post" action="/school/admin/company/rename">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="field{{#NAME_ERROR_INVALID}} has-error{{/NAME_ERROR_INVALID}}">
<label for="name">公司全称</label>
<input id="name" name="name" type="text" value="{{NAME}}" maxlength="100" required{{#NAME_ERROR_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_ERROR_INVALID}}>
{{#NAME_ERROR}}<p id="name-error" class="field-error">{{MESSAGE}}</p>{{/NAME_ERROR}}
</div>
<div class="field{{#SHORT_NAME_ERROR_INVALID}} has-error{{/SHORT_NAME_ERROR_INVALID}}">
<label for="short_name">简称</label>
<input id="short_name" name="short_name" type="text" value="{{SHORT_NAME}}" maxlength="32" required{{#SHORT_NAME_ERROR_INVALID}} aria-invalid="true" aria-describedby="short-name-error"{{/SHORT_NAME_ERROR_INVALID}}>
{{#SHORT_NAME_ERROR}}<p id="short-name-error" class="field-error">{{MESSAGE}}</p>{{/SHORT_NAME_ERROR}}
</div>
<button type="submit" class="btn btn-secondary">保存名称</button>
</form>
<form class="inline-form" method="post" action="/school/admin/company/status"{{#ACTIVE}} data-confirm="确认停用该保险公司？停用后学校不能再选择该公司，也不能为其开通新账号。"{{/ACTIVE}}>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
{{#ACTIVE}}<input type="hidden" name="action" value="disable"><button type="submit" class="btn btn-secondary">停用该公司</button>{{/ACTIVE}}
{{#DISABLED}}<input type="hidden" name="action" value="enable"><button type="submit" class="btn btn-secondary">启用该公司</button>{{/DISABLED}}
</form>
</section>
<section class="panel" aria-labelledby="branches-heading">
<h2 id="branches-heading" class="section-title">省级分公司账号</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="branches-caption">
<table class="data-table">
<caption id="branches-caption" class="visually-hidden">省级分公司账号</caption>
<thead>
<tr><th scope="col">登录账号</th><th scope="col">机构名称</th><th scope="col">联系人</th><th scope="col">联系人手机</th><th scope="col">开通日期</th><th scope="col">状态</th></tr>
</thead>
<tbody>{{#BRANCH}}<tr><td>{{LOGIN}}</td><td>{{NAME}}</td><td>{{CONTACT}}</td><td class="nowrap">{{MOBILE_MASKED}}</td><td class="nowrap">{{OPENED}}</td><td>{{#ACCOUNT_ACTIVE}}<span class="badge badge-ok">正常</span>{{/ACCOUNT_ACTIVE}}{{#ACCOUNT_DISABLED}}<span class="badge badge-danger">已停用</span>{{/ACCOUNT_DISABLED}}{{#MUST_CHANGE}} <span class="badge badge-info">待修改密码</span>{{/MUST_CHANGE}}</td></tr>
{{/BRANCH}}</tbody>
</table>
</div>
{{#NO_BRANCH}}<p class="empty">该公司尚无省级分公司账号。</p>{{/NO_BRANCH}}
</section>
{{#BRANCH_FORM}}<section class="panel" id="branch" aria-labelledby="branch-heading">
<h2 id="branch-heading" class="section-title">开通省级分公司账号</h2>
{{#BRANCH_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/BRANCH_ERROR}}
<form class="form-card" method="post" action="/school/admin/company/branch">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="field{{#LOGIN_ERROR_INVALID}} has-error{{/LOGIN_ERROR_INVALID}}">
<label for="login">登录账号</label>
<input id="login" name="login" type="text" value="{{LOGIN}}" maxlength="32" required autocomplete="off" placeholder="如：picc_henan"{{#LOGIN_ERROR_INVALID}} aria-invalid="true" aria-describedby="login-error"{{/LOGIN_ERROR_INVALID}}>
{{#LOGIN_ERROR}}<p id="login-error" class="field-error">{{MESSAGE}}</p>{{/LOGIN_ERROR}}
<p class="field-hint">3–32 位小写字母、数字或下划线。</p>
</div>
<div class="field{{#DISPLAY_NAME_ERROR_INVALID}} has-error{{/DISPLAY_NAME_ERROR_INVALID}}">
<label for="display_name">机构名称</label>
<input id="display_name" name="display_name" type="text" value="{{DISPLAY_NAME}}" maxlength="100" required{{#DISPLAY_NAME_ERROR_INVALID}} aria-invalid="true" aria-describedby="display-name-error"{{/DISPLAY_NAME_ERROR_INVALID}}>
{{#DISPLAY_NAME_ERROR}}<p id="display-name-error" class="field-error">{{MESSAGE}}</p>{{/DISPLAY_NAME_ERROR}}
</div>
<div class="field{{#CONTACT_NAME_ERROR_INVALID}} has-error{{/CONTACT_NAME_ERROR_INVALID}}">
<label for="contact_name">联系人</label>
<input id="contact_name" name="contact_name" type="text" value="{{CONTACT_NAME}}" maxlength="50" required{{#CONTACT_NAME_ERROR_INVALID}} aria-invalid="true" aria-describedby="contact-error"{{/CONTACT_NAME_ERROR_INVALID}}>
{{#CONTACT_NAME_ERROR}}<p id="contact-error" class="field-error">{{MESSAGE}}</p>{{/CONTACT_NAME_ERROR}}
</div>
<div class="field{{#MOBILE_ERROR_INVALID}} has-error{{/MOBILE_ERROR_INVALID}}">
<label for="mobile">联系人手机</label>
<input id="mobile" name="mobile" type="tel" value="{{MOBILE}}" maxlength="11" inputmode="numeric" required{{#MOBILE_ERROR_INVALID}} aria-invalid="true" aria-describedby="mobile-error"{{/MOBILE_ERROR_INVALID}}>
{{#MOBILE_ERROR}}<p id="mobile-error" class="field-error">{{MESSAGE}}</p>{{/MOBILE_ERROR}}
<p class="field-hint">初始密码将以短信发送至此手机，首次登录须修改密码。</p>
</div>
<button type="submit" class="btn btn-primary">开通账号</button>
</form>
</section>{{/BRANCH_FORM}}
{{#BRANCH_CLOSED}}<p class="empty">该公司已停用，不能开通新账号。</p>{{/BRANCH_CLOSED}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
