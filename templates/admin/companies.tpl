{{%AUTOESCAPE context="HTML"}}
{{!
  保险公司 list and the add form. Repeated COMPANY (URL, NAME, SHORT_NAME, BRANCHES, ACTIVE / DISABLED); EMPTY.
  Add form: NAME, SHORT_NAME with NAME_ERROR / SHORT_NAME_ERROR (MESSAGE) and NAME_ERROR_INVALID /
  SHORT_NAME_ERROR_INVALID; ERROR (MESSAGE). CSRF is global.
}}
<h1 class="page-title">保险公司</h1>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="companies-caption">
<table class="data-table">
<caption id="companies-caption" class="visually-hidden">保险公司列表</caption>
<thead>
<tr><th scope="col">公司全称</th><th scope="col">简称</th><th scope="col">状态</th><th scope="col" class="col-num">省级分公司账号</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#COMPANY}}<tr><td>{{NAME}}</td><td>{{SHORT_NAME}}</td><td>{{#ACTIVE}}<span class="badge badge-ok">正常</span>{{/ACTIVE}}{{#DISABLED}}<span class="badge badge-danger">已停用</span>{{/DISABLED}}</td><td class="col-num">{{BRANCHES}}</td><td><a href="{{URL}}">管理</a></td></tr>
{{/COMPANY}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">尚未添加保险公司。</p>{{/EMPTY}}
<section class="panel" id="create" aria-labelledby="create-heading">
<h2 id="create-heading" class="section-title">添加保险公司</h2>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<form class="form-card" method="post" action="/school/admin/companies">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#NAME_ERROR_INVALID}} has-error{{/NAME_ERROR_INVALID}}">
<label for="name">公司全称</label>
<input id="name" name="name" type="text" value="{{NAME}}" maxlength="100" required placeholder="如：中国人民财产保险股份有限公司"{{#NAME_ERROR_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_ERROR_INVALID}}>
{{#NAME_ERROR}}<p id="name-error" class="field-error">{{MESSAGE}}</p>{{/NAME_ERROR}}
</div>
<div class="field{{#SHORT_NAME_ERROR_INVALID}} has-error{{/SHORT_NAME_ERROR_INVALID}}">
<label for="short_name">简称</label>
<input id="short_name" name="short_name" type="text" value="{{SHORT_NAME}}" maxlength="32" required placeholder="如：人保财险"{{#SHORT_NAME_ERROR_INVALID}} aria-invalid="true" aria-describedby="short-name-error"{{/SHORT_NAME_ERROR_INVALID}}>
{{#SHORT_NAME_ERROR}}<p id="short-name-error" class="field-error">{{MESSAGE}}</p>{{/SHORT_NAME_ERROR}}
<p class="field-hint">简称显示在学校选择投保公司的下拉列表中。</p>
</div>
<button type="submit" class="btn btn-primary">添加</button>
</form>
</section>
