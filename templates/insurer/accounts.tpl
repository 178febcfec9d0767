{{%AUTOESCAPE context="HTML"}}
{{!
  分支账号管理 / 县区账号管理 (insurer/accounts.cpp). Values: TITLE, TOTAL. Repeated ACCOUNT (ID, LEVEL, REGION,
  NAME, LOGIN, CONTACT, MOBILE_MASKED; sections ACTIVE / DISABLED, MUST_CHANGE, CAN_DISABLE / CAN_ENABLE,
  CAN_RESET). Sections EMPTY, PAGER (PAGE, PAGES, PREV > URL, NEXT > URL).
  FORM (增加账号): PROVINCE (level select: LEVEL_city / LEVEL_county; repeated CITY: CODE, NAME, SELECTED) or
  CITY_ACCOUNT (OWN_CITY); repeated COUNTY_GROUP (CITY_NAME, CITY_CODE; repeated COUNTY: CODE, NAME, SELECTED);
  DISPLAY_NAME, LOGIN, CONTACT_NAME, MOBILE, PASSWORD_RULE; per field X in CITY, COUNTY, DISPLAY_NAME, LOGIN,
  PASSWORD, CONTACT_NAME, MOBILE: X_ERROR > MESSAGE and X_ERROR_INVALID; FORM_ERROR. CSRF is global.
}}
<h1 class="page-title">{{TITLE}}</h1>
<p class="list-summary">共 <strong>{{TOTAL}}</strong> 个下级账号。 <a class="btn btn-secondary" href="#add">增加账号</a></p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="accounts-caption">
<table class="data-table">
<caption id="accounts-caption" class="visually-hidden">下级账号列表</caption>
<thead>
<tr><th scope="col">账号级别</th><th scope="col">负责区域</th><th scope="col">公司名称</th><th scope="col">登录账号</th><th scope="col">联系人</th><th scope="col">联系人手机</th><th scope="col">状态</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#ACCOUNT}}<tr><td class="nowrap">{{LEVEL}}</td><td>{{REGION}}</td><td>{{NAME}}</td><td>{{LOGIN}}</td><td>{{CONTACT}}</td><td class="nowrap">{{MOBILE_MASKED}}</td><td>{{#ACTIVE}}<span class="badge badge-ok">正常</span>{{/ACTIVE}}{{#DISABLED}}<span class="badge badge-danger">已停用</span>{{/DISABLED}}{{#MUST_CHANGE}} <span class="badge badge-info">待修改密码</span>{{/MUST_CHANGE}}</td><td><div class="row-actions">
{{#CAN_DISABLE}}<form method="post" action="/school/insurer/accounts/status" data-confirm="确认停用账号“{{LOGIN}}”？停用后该账号立即退出且无法登录。"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="action" value="disable"><button type="submit" class="btn btn-small btn-secondary">停用</button></form>{{/CAN_DISABLE}}
{{#CAN_ENABLE}}<form method="post" action="/school/insurer/accounts/status"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="action" value="enable"><button type="submit" class="btn btn-small btn-secondary">启用</button></form>{{/CAN_ENABLE}}
{{#CAN_RESET}}<form method="post" action="/school/insurer/accounts/reset" data-confirm="确认重置账号“{{LOGIN}}”的密码？临时密码将以短信发送至联系人手机，该账号的登录会话全部结束。"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><button type="submit" class="btn btn-small btn-secondary">重置密码</button></form>{{/CAN_RESET}}
</div></td></tr>
{{/ACCOUNT}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">尚未添加下级账号。点击“增加账号”，填写负责区域、公司名称和登录信息即可添加。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
{{#FORM}}<section class="panel" id="add" aria-labelledby="add-heading">
<h2 id="add-heading" class="section-title">{{#PROVINCE}}增加分支账号{{/PROVINCE}}{{#CITY_ACCOUNT}}增加区县管理账号{{/CITY_ACCOUNT}}</h2>
{{#FORM_ERROR}}<p class="form-error" role="alert">请按提示修改后重新提交。</p>{{/FORM_ERROR}}
<form class="form-card insurer-account-form" method="post" action="/school/insurer/accounts">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#PROVINCE}}<div class="field">
<label for="level">账号级别 <span class="req" aria-hidden="true">*</span></label>
<select id="level" name="level" required>
<option value="city"{{#LEVEL_city}} selected{{/LEVEL_city}}>市</option>
<option value="county"{{#LEVEL_county}} selected{{/LEVEL_county}}>县区</option>
</select>
<p class="field-hint">市公司或县区支公司。</p>
</div>
<div class="field{{#CITY_ERROR_INVALID}} has-error{{/CITY_ERROR_INVALID}}">
<label for="city">负责区域：市 <span class="req" aria-hidden="true">*</span></label>
<select id="city" name="city"{{#CITY_ERROR_INVALID}} aria-invalid="true" aria-describedby="city-error"{{/CITY_ERROR_INVALID}}>
<option value="">选择市</option>
{{#CITY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/CITY}}</select>
{{#CITY_ERROR}}<p id="city-error" class="field-error">{{MESSAGE}}</p>{{/CITY_ERROR}}
</div>{{/PROVINCE}}
{{#CITY_ACCOUNT}}<div class="field"><span class="field-label">账号级别</span> 县区（{{OWN_CITY}}）</div>{{/CITY_ACCOUNT}}
<div class="field{{#COUNTY_ERROR_INVALID}} has-error{{/COUNTY_ERROR_INVALID}}">
<label for="county">负责区域：县区{{#CITY_ACCOUNT}} <span class="req" aria-hidden="true">*</span>{{/CITY_ACCOUNT}}</label>
<select id="county" name="county"{{#COUNTY_ERROR_INVALID}} aria-invalid="true" aria-describedby="county-error"{{/COUNTY_ERROR_INVALID}}>
<option value="">请选择...</option>
{{#COUNTY_GROUP}}<optgroup label="{{CITY_NAME}}" data-city="{{CITY_CODE}}">
{{#COUNTY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COUNTY}}</optgroup>
{{/COUNTY_GROUP}}</select>
{{#COUNTY_ERROR}}<p id="county-error" class="field-error">{{MESSAGE}}</p>{{/COUNTY_ERROR}}
{{#PROVINCE}}<p class="field-hint">根据账号级别选择对应区域：市级账号只选市，县区账号选县区。</p>{{/PROVINCE}}
</div>
<div class="field{{#DISPLAY_NAME_ERROR_INVALID}} has-error{{/DISPLAY_NAME_ERROR_INVALID}}">
<label for="display_name">公司名称 <span class="req" aria-hidden="true">*</span></label>
<input id="display_name" name="display_name" type="text" value="{{DISPLAY_NAME}}" maxlength="100" required placeholder="如：中国平安财产保险股份有限公司郑州中心支公司"{{#DISPLAY_NAME_ERROR_INVALID}} aria-invalid="true" aria-describedby="display-name-error"{{/DISPLAY_NAME_ERROR_INVALID}}>
{{#DISPLAY_NAME_ERROR}}<p id="display-name-error" class="field-error">{{MESSAGE}}</p>{{/DISPLAY_NAME_ERROR}}
</div>
<div class="field{{#LOGIN_ERROR_INVALID}} has-error{{/LOGIN_ERROR_INVALID}}">
<label for="login">登录账号 <span class="req" aria-hidden="true">*</span></label>
<input id="login" name="login" type="text" value="{{LOGIN}}" maxlength="32" required autocomplete="off"{{#LOGIN_ERROR_INVALID}} aria-invalid="true" aria-describedby="login-error"{{/LOGIN_ERROR_INVALID}}>
{{#LOGIN_ERROR}}<p id="login-error" class="field-error">{{MESSAGE}}</p>{{/LOGIN_ERROR}}
<p class="field-hint">3–32 位小写字母、数字或下划线。</p>
</div>
<div class="field{{#PASSWORD_ERROR_INVALID}} has-error{{/PASSWORD_ERROR_INVALID}}">
<label for="password">登录密码 <span class="req" aria-hidden="true">*</span></label>
<input id="password" name="password" type="password" maxlength="64" required autocomplete="new-password"{{#PASSWORD_ERROR_INVALID}} aria-invalid="true" aria-describedby="password-error"{{/PASSWORD_ERROR_INVALID}}>
{{#PASSWORD_ERROR}}<p id="password-error" class="field-error">{{MESSAGE}}</p>{{/PASSWORD_ERROR}}
<p class="field-hint">{{PASSWORD_RULE}} 此为初始密码，将以短信发送至联系人手机，首次登录须修改；出错时请重新输入。</p>
</div>
<div class="field{{#CONTACT_NAME_ERROR_INVALID}} has-error{{/CONTACT_NAME_ERROR_INVALID}}">
<label for="contact_name">联系人 <span class="req" aria-hidden="true">*</span></label>
<input id="contact_name" name="contact_name" type="text" value="{{CONTACT_NAME}}" maxlength="50" required{{#CONTACT_NAME_ERROR_INVALID}} aria-invalid="true" aria-describedby="contact-error"{{/CONTACT_NAME_ERROR_INVALID}}>
{{#CONTACT_NAME_ERROR}}<p id="contact-error" class="field-error">{{MESSAGE}}</p>{{/CONTACT_NAME_ERROR}}
</div>
<div class="field{{#MOBILE_ERROR_INVALID}} has-error{{/MOBILE_ERROR_INVALID}}">
<label for="mobile">联系人手机 <span class="req" aria-hidden="true">*</span></label>
<input id="mobile" name="mobile" type="tel" value="{{MOBILE}}" maxlength="11" inputmode="numeric" required{{#MOBILE_ERROR_INVALID}} aria-invalid="true" aria-describedby="mobile-error"{{/MOBILE_ERROR_INVALID}}>
{{#MOBILE_ERROR}}<p id="mobile-error" class="field-error">{{MESSAGE}}</p>{{/MOBILE_ERROR}}
</div>
<button type="submit" class="btn btn-primary">提交</button>
</form>
</section>{{/FORM}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
<script src="{{STATIC}}/js/insurer-region.js" defer></script>
