{{%AUTOESCAPE context="HTML"}}
{{!
  学校数据 (department/schools.cpp; also the admin's province-wide version). Values: YEAR_LABEL, Q, TOTAL,
  LIST_URL, RESET_URL. SCOPE (NAME) when the admin looks at one city; CITY_FILTER (admin) with repeated CITY
  (CODE, NAME, SELECTED). Sections NO_YEAR / HAS_YEAR.
  Include COUNTY_TABLE (department/county_table.tpl).
  Filters: COUNTY_FILTER (city accounts) with repeated COUNTY (CODE, NAME, SELECTED); repeated TYPE (NAME, SELECTED),
  PRODUCT (ID, NAME, SELECTED); NATURE_public / NATURE_private, STATUS_none / _enrolled / _submitted / _insured /
  _modifying, SORT_region / _name / _type / _persons, DIR_asc / DIR_desc.
  Repeated SCHOOL (N, NAME, AREA, TYPE, NATURE, POLICIES, CONTACT, SETTINGS_URL; repeated PRODUCT_STATUS: LABEL,
  STATUS, BADGE, PERSONS > N; SETTINGS > URL for a department). Sections EMPTY, EXPORT (URL), PAGER (PAGE, PAGES, PREV > URL, NEXT > URL).
}}
<h1 class="page-title">学校数据{{#SCOPE}} · {{NAME}}{{/SCOPE}}</h1>
<p class="list-summary">{{#NO_YEAR}}管理中心尚未设置当前学年，投保数字暂不统计。{{/NO_YEAR}}{{#HAS_YEAR}}{{YEAR_LABEL}} 学年投保情况（学校及保险公司上传）{{/HAS_YEAR}}</p>
{{>COUNTY_TABLE}}
<section class="panel" aria-labelledby="schools-heading">
<h2 id="schools-heading" class="section-title">学校列表</h2>
<form class="filter-bar" method="get" action="{{LIST_URL}}" role="search">
<div class="field">
<label for="q">学校名称</label>
<input id="q" name="q" type="search" value="{{Q}}" maxlength="100" placeholder="输入关键字">
</div>
{{#CITY_FILTER}}<div class="field">
<label for="city">市</label>
<select id="city" name="city">
<option value="">全省</option>
{{#CITY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/CITY}}</select>
</div>{{/CITY_FILTER}}
{{#COUNTY_FILTER}}<div class="field">
<label for="county">县区</label>
<select id="county" name="county">
<option value="">全部</option>
{{#COUNTY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COUNTY}}</select>
</div>{{/COUNTY_FILTER}}
<div class="field">
<label for="type">学校类型</label>
<select id="type" name="type">
<option value="">全部</option>
{{#TYPE}}<option value="{{NAME}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/TYPE}}</select>
</div>
<div class="field">
<label for="nature">学校性质</label>
<select id="nature" name="nature">
<option value="">全部</option>
<option value="公办"{{#NATURE_public}} selected{{/NATURE_public}}>公办</option>
<option value="民办"{{#NATURE_private}} selected{{/NATURE_private}}>民办</option>
</select>
</div>
<div class="field">
<label for="product">险种</label>
<select id="product" name="product">
<option value="">全部</option>
{{#PRODUCT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/PRODUCT}}</select>
</div>
<div class="field">
<label for="status">投保状态</label>
<select id="status" name="status">
<option value="">全部</option>
<option value="none"{{#STATUS_none}} selected{{/STATUS_none}}>未提交</option>
<option value="enrolled"{{#STATUS_enrolled}} selected{{/STATUS_enrolled}}>已投保（含已承保、修改中）</option>
<option value="submitted"{{#STATUS_submitted}} selected{{/STATUS_submitted}}>已提交</option>
<option value="insured"{{#STATUS_insured}} selected{{/STATUS_insured}}>已承保</option>
<option value="modifying"{{#STATUS_modifying}} selected{{/STATUS_modifying}}>修改中</option>
</select>
</div>
<div class="field">
<label for="sort">排序方式</label>
<select id="sort" name="sort">
<option value="region"{{#SORT_region}} selected{{/SORT_region}}>按县区</option>
<option value="name"{{#SORT_name}} selected{{/SORT_name}}>按学校名称</option>
<option value="type"{{#SORT_type}} selected{{/SORT_type}}>按学校类型</option>
<option value="persons"{{#SORT_persons}} selected{{/SORT_persons}}>按校责任险投保人数</option>
</select>
</div>
<div class="field">
<label for="dir">顺序</label>
<select id="dir" name="dir">
<option value="asc"{{#DIR_asc}} selected{{/DIR_asc}}>升序</option>
<option value="desc"{{#DIR_desc}} selected{{/DIR_desc}}>降序</option>
</select>
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button> <a class="btn btn-secondary" href="{{RESET_URL}}">重置</a></div>
</form>
<p class="list-summary">共 <strong class="num">{{TOTAL}}</strong> 所学校。{{#EXPORT}} <a class="btn btn-secondary" href="{{URL}}">导出</a> <span class="muted">导出当前筛选结果（.xlsx）</span>{{/EXPORT}}</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="schools-caption">
<table class="data-table">
<caption id="schools-caption" class="visually-hidden">学校列表</caption>
<thead>
<tr><th scope="col" class="col-num">排序</th><th scope="col">学校名称</th><th scope="col">投保状态</th><th scope="col">保险单</th><th scope="col">联系人</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#SCHOOL}}<tr><td class="col-num">{{N}}</td><td>{{NAME}}<br><span class="muted">{{AREA}} · {{TYPE}} · {{NATURE}}</span></td><td>{{#PRODUCT_STATUS}}<div class="nowrap">{{LABEL}}：<span class="badge {{BADGE}}">{{STATUS}}</span>{{#PERSONS}} {{N}} 人{{/PERSONS}}</div>{{/PRODUCT_STATUS}}</td><td>{{POLICIES}}</td><td class="nowrap">{{CONTACT}}</td><td class="nowrap">{{#SETTINGS}}<a href="{{URL}}">设置</a>{{/SETTINGS}}</td></tr>
{{/SCHOOL}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">没有符合条件的学校。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
</section>
