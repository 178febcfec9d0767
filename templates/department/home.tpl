{{%AUTOESCAPE context="HTML"}}
{{!
  Department 系统首页. Values: REGION_NAME, YEAR_LABEL, SCHOOLS_ACTIVE, SCHOOLS_PENDING, CENTERS.
  Sections: NO_YEAR; AREA repeated (NAME, SCHOOLS) — a county lists just its own row.
}}
<h1 class="page-title">系统首页</h1>
<dl class="facts">
<div class="fact"><dt>账户名称</dt><dd>{{REGION_NAME}} 教育主管部门</dd></div>
<div class="fact"><dt>当前学年</dt><dd><strong class="year">{{YEAR_LABEL}}</strong>{{#NO_YEAR}}<span class="muted">管理中心尚未设置当前学年</span>{{/NO_YEAR}}</dd></div>
</dl>
<ul class="stats">
<li class="stat"><span class="stat-label">学校总数</span><span class="stat-value"><strong class="num">{{SCHOOLS_ACTIVE}}</strong> 所</span></li>
<li class="stat stat-attention"><span class="stat-label">待审核注册</span><span class="stat-value"><strong class="num">{{SCHOOLS_PENDING}}</strong> 所</span></li>
<li class="stat"><span class="stat-label">中心校</span><span class="stat-value"><strong class="num">{{CENTERS}}</strong> 所</span></li>
</ul>
<section class="panel" aria-labelledby="areas-heading">
<h2 id="areas-heading" class="section-title">下辖区域</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="areas-caption">
<table class="data-table">
<caption id="areas-caption" class="visually-hidden">下辖区域学校数</caption>
<thead>
<tr><th scope="col">区域</th><th scope="col" class="col-num">学校总数（所）</th></tr>
</thead>
<tbody>
{{#AREA}}<tr><td>{{NAME}}</td><td class="col-num">{{SCHOOLS}}</td></tr>
{{/AREA}}
</tbody>
</table>
</div>
</section>
