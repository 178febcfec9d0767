{{%AUTOESCAPE context="HTML"}}
{{!
  教育部门账号 (one per region). Values: CITY (current filter), OPENED_COUNT, REGION_COUNT, CONTACT_NAME, MOBILE.
  Repeated CITY_OPTION (CODE, NAME, SELECTED) for the filter. Repeated REGION (CODE, NAME, LEVEL; NO_ACCOUNT with
  OPEN_URL, or HAS_ACCOUNT with LOGIN, CONTACT, MOBILE_MASKED, OPENED, ACTIVE / DISABLED, MUST_CHANGE).
  Create form: repeated FREE_REGION (CODE, NAME, SELECTED); field errors REGION_ERROR / CONTACT_ERROR /
  MOBILE_ERROR (MESSAGE) with REGION_ERROR_INVALID / CONTACT_ERROR_INVALID / MOBILE_ERROR_INVALID; ERROR (MESSAGE).
}}
<h1 class="page-title">教育部门账号</h1>
<p class="list-summary">每个市、县（区）开通一个教育部门账号，登录账号为区域名称（如：郑州市、金水区）。当前列表 {{REGION_COUNT}} 个区域，已开通 <strong>{{OPENED_COUNT}}</strong> 个。</p>
<form class="filter-bar" method="get" action="/school/admin/departments" role="search">
<div class="field">
<label for="city">所属市</label>
<select id="city" name="city">
<option value="">全部</option>
{{#CITY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/CITY_OPTION}}</select>
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button></div>
</form>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="departments-caption">
<table class="data-table">
<caption id="departments-caption" class="visually-hidden">各区域教育部门账号</caption>
<thead>
<tr><th scope="col">区域</th><th scope="col">级别</th><th scope="col">登录账号</th><th scope="col">联系人</th><th scope="col">联系人手机</th><th scope="col">开通日期</th><th scope="col">状态</th></tr>
</thead>
<tbody>{{#REGION}}<tr><td>{{NAME}}</td><td class="nowrap">{{LEVEL}}</td>{{#HAS_ACCOUNT}}<td>{{LOGIN}}</td><td>{{CONTACT}}</td><td class="nowrap">{{MOBILE_MASKED}}</td><td class="nowrap">{{OPENED}}</td><td>{{#ACTIVE}}<span class="badge badge-ok">已开通</span>{{/ACTIVE}}{{#DISABLED}}<span class="badge badge-danger">已停用</span>{{/DISABLED}}{{#MUST_CHANGE}} <span class="badge badge-info">待修改密码</span>{{/MUST_CHANGE}}</td>{{/HAS_ACCOUNT}}{{#NO_ACCOUNT}}<td colspan="4" class="muted">未开通</td><td><a href="{{OPEN_URL}}">开通账号</a></td>{{/NO_ACCOUNT}}</tr>
{{/REGION}}</tbody>
</table>
</div>
<section class="panel" id="create" aria-labelledby="create-heading">
<h2 id="create-heading" class="section-title">开通教育部门账号</h2>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<form class="form-card" method="post" action="/school/admin/departments">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="city" value="{{CITY}}">
<div class="field{{#REGION_ERROR_INVALID}} has-error{{/REGION_ERROR_INVALID}}">
<label for="region">区域</label>
<select id="region" name="region" required{{#REGION_ERROR_INVALID}} aria-invalid="true" aria-describedby="region-error"{{/REGION_ERROR_INVALID}}>
<option value="">请选择尚未开通账号的区域</option>
{{#FREE_REGION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/FREE_REGION}}</select>
{{#REGION_ERROR}}<p id="region-error" class="field-error">{{MESSAGE}}</p>{{/REGION_ERROR}}
<p class="field-hint">登录账号和账号名称均为区域名称。</p>
</div>
<div class="field{{#CONTACT_ERROR_INVALID}} has-error{{/CONTACT_ERROR_INVALID}}">
<label for="contact_name">联系人</label>
<input id="contact_name" name="contact_name" type="text" value="{{CONTACT_NAME}}" maxlength="50" required{{#CONTACT_ERROR_INVALID}} aria-invalid="true" aria-describedby="contact-error"{{/CONTACT_ERROR_INVALID}}>
{{#CONTACT_ERROR}}<p id="contact-error" class="field-error">{{MESSAGE}}</p>{{/CONTACT_ERROR}}
</div>
<div class="field{{#MOBILE_ERROR_INVALID}} has-error{{/MOBILE_ERROR_INVALID}}">
<label for="mobile">联系人手机</label>
<input id="mobile" name="mobile" type="tel" value="{{MOBILE}}" maxlength="11" inputmode="numeric" required{{#MOBILE_ERROR_INVALID}} aria-invalid="true" aria-describedby="mobile-error"{{/MOBILE_ERROR_INVALID}}>
{{#MOBILE_ERROR}}<p id="mobile-error" class="field-error">{{MESSAGE}}</p>{{/MOBILE_ERROR}}
<p class="field-hint">初始密码将以短信发送至此手机，首次登录须修改密码。</p>
</div>
<button type="submit" class="btn btn-primary">开通账号</button>
</form>
</section>
