{{%AUTOESCAPE context="HTML"}}
{{!
  Department 系统首页 (department/home.cpp). Values: REGION_NAME, YEAR_LABEL, SCHOOLS_ACTIVE, SCHOOLS_PENDING,
  CENTERS, OPEN_CLAIMS, APPLICATIONS. Sections: NO_YEAR, or HAS_YEAR with repeated PRODUCT (NAME, SCHOOLS,
  PERSONS, ENROLLED_URL, MISSING, MISSING_URL); include COUNTY_TABLE (department/county_table.tpl); repeated APPLICATION (KIND, SCHOOL, CREATED) or NO_APPLICATIONS.
}}
<h1 class="page-title">系统首页</h1>
<dl class="facts">
<div class="fact"><dt>账户名称</dt><dd>{{REGION_NAME}} 教育主管部门</dd></div>
<div class="fact"><dt>当前学年</dt><dd><strong class="year">{{YEAR_LABEL}}</strong>{{#NO_YEAR}}<span class="muted">管理中心尚未设置当前学年</span>{{/NO_YEAR}}</dd></div>
</dl>
{{>ANNOUNCEMENTS}}
<ul class="stats">
<li class="stat"><a class="stat-link" href="/school/dept/schools"><span class="stat-label">学校总数</span><span class="stat-value"><strong class="num">{{SCHOOLS_ACTIVE}}</strong> 所</span></a></li>
<li class="stat stat-attention"><a class="stat-link" href="#applications"><span class="stat-label">待审核注册</span><span class="stat-value"><strong class="num">{{SCHOOLS_PENDING}}</strong> 所</span></a></li>
<li class="stat stat-attention"><a class="stat-link" href="#applications"><span class="stat-label">待审核申请</span><span class="stat-value"><strong class="num">{{APPLICATIONS}}</strong> 件</span></a></li>
<li class="stat"><a class="stat-link" href="/school/dept/centers"><span class="stat-label">中心校</span><span class="stat-value"><strong class="num">{{CENTERS}}</strong> 所</span></a></li>
<li class="stat stat-attention"><a class="stat-link" href="/school/dept/claims-pending"><span class="stat-label">未决案件</span><span class="stat-value"><strong class="num">{{OPEN_CLAIMS}}</strong> 件</span></a></li>
</ul>
{{#HAS_YEAR}}<section class="panel" aria-labelledby="coverage-heading">
<h2 id="coverage-heading" class="section-title">{{YEAR_LABEL}} 学年投保情况</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="coverage-caption">
<table class="data-table">
<caption id="coverage-caption" class="visually-hidden">各险种投保情况</caption>
<thead>
<tr><th scope="col">险种</th><th scope="col" class="col-num">已投保学校数</th><th scope="col" class="col-num">投保人数</th><th scope="col" class="col-num">未提交学校数</th></tr>
</thead>
<tbody>
{{#PRODUCT}}<tr><th scope="row">{{NAME}}</th><td class="col-num"><a href="{{ENROLLED_URL}}">{{SCHOOLS}}</a></td><td class="col-num"><a href="{{ENROLLED_URL}}">{{PERSONS}}</a></td><td class="col-num"><a href="{{MISSING_URL}}">{{MISSING}}</a></td></tr>
{{/PRODUCT}}</tbody>
</table>
</div>
<p class="muted">已投保：已提交投保数据（含已承保、修改中）的学校；未提交：尚未提交该险种投保数据的学校，可在“未投保学校”中短信提醒。</p>
</section>{{/HAS_YEAR}}
{{>COUNTY_TABLE}}
<section class="panel" aria-labelledby="applications-heading" id="applications">
<h2 id="applications-heading" class="section-title">待审核申请</h2>
<p class="muted">辖区学校提交、等待管理中心审核的申请（最近 20 件）。</p>
{{#NO_APPLICATIONS}}<p class="empty">暂无待审核的申请。</p>{{/NO_APPLICATIONS}}
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="applications-caption">
<table class="data-table">
<caption id="applications-caption" class="visually-hidden">待审核申请</caption>
<thead>
<tr><th scope="col">学校名称</th><th scope="col">申请类型</th><th scope="col">提交时间</th></tr>
</thead>
<tbody>
{{#APPLICATION}}<tr><td>{{SCHOOL}}</td><td>{{KIND}}</td><td class="nowrap">{{CREATED}}</td></tr>
{{/APPLICATION}}</tbody>
</table>
</div>
</section>
