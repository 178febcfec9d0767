{{%AUTOESCAPE context="HTML"}}
{{!
  投保数据 / 花名册数据 (insurer/enrollments.cpp). Values: TITLE, YEAR_LABEL, SCHOOLS, PERSONS, TOTAL, Q.
  Filters: repeated YEAR and PRODUCT (ID, LABEL / NAME, SELECTED); REGION_FILTERS (province and city accounts)
  with CITY_FILTER and repeated CITY (CODE, NAME, SELECTED) for the province, repeated COUNTY_GROUP (CITY_NAME, CITY_CODE;
  repeated COUNTY: CODE, NAME, SELECTED); STATUS_submitted / STATUS_insured / STATUS_modifying;
  POLICY_has / POLICY_missing / POLICY_mismatch / POLICY_endorse (保单 filter).
  Repeated ENROLLMENT (SCHOOL, REGION, PRODUCT, COUNT, STATUS_LABEL, STATUS_BADGE, SUBMITTED, ROSTER_URL, POLICY_URL,
  POLICY_FILE > URL: the latest policy PDF).
  Sections NO_YEAR / HAS_YEAR (with the 下载区域花名册 form, include EXPORT_FORM), EMPTY, EXPORT (URL), PAGER (PAGE, PAGES, PREV > URL, NEXT > URL).
}}
<h1 class="page-title">{{TITLE}}</h1>
<form class="filter-bar" method="get" action="/school/insurer/enrollments" role="search">
<div class="field">
<label for="year">学年</label>
<select id="year" name="year">
{{#YEAR}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/YEAR}}</select>
</div>
<div class="field">
<label for="product">险种</label>
<select id="product" name="product">
<option value="">全部</option>
{{#PRODUCT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/PRODUCT}}</select>
</div>
{{#REGION_FILTERS}}{{#CITY_FILTER}}<div class="field">
<label for="city">市</label>
<select id="city" name="city">
<option value="">全部</option>
{{#CITY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/CITY}}</select>
</div>{{/CITY_FILTER}}
<div class="field">
<label for="county">县区</label>
<select id="county" name="county">
<option value="">全部</option>
{{#COUNTY_GROUP}}<optgroup label="{{CITY_NAME}}">
{{#COUNTY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COUNTY}}</optgroup>
{{/COUNTY_GROUP}}</select>
</div>{{/REGION_FILTERS}}
<div class="field">
<label for="status">状态</label>
<select id="status" name="status">
<option value="">全部</option>
<option value="submitted"{{#STATUS_submitted}} selected{{/STATUS_submitted}}>未承保</option>
<option value="insured"{{#STATUS_insured}} selected{{/STATUS_insured}}>已承保</option>
<option value="modifying"{{#STATUS_modifying}} selected{{/STATUS_modifying}}>修改中</option>
</select>
</div>
<div class="field">
<label for="policy">保单</label>
<select id="policy" name="policy">
<option value="">全部</option>
<option value="has"{{#POLICY_has}} selected{{/POLICY_has}}>已上传保单</option>
<option value="missing"{{#POLICY_missing}} selected{{/POLICY_missing}}>未上传保单</option>
<option value="mismatch"{{#POLICY_mismatch}} selected{{/POLICY_mismatch}}>人数不一致</option>
<option value="endorse"{{#POLICY_endorse}} selected{{/POLICY_endorse}}>需上传批单</option>
</select>
</div>
<div class="field">
<label for="q">学校名称</label>
<input id="q" name="q" type="search" value="{{Q}}" maxlength="100" placeholder="输入关键字">
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button> <a class="btn btn-secondary" href="/school/insurer/enrollments">重置</a></div>
</form>
{{#NO_YEAR}}<p class="empty">管理中心尚未设置当前学年。</p>{{/NO_YEAR}}
{{#HAS_YEAR}}<p class="list-summary">{{YEAR_LABEL}} 学年：共 <strong class="num">{{SCHOOLS}}</strong> 所学校、<strong class="num">{{PERSONS}}</strong> 人，<strong class="num">{{TOTAL}}</strong> 份投保数据。</p>{{/HAS_YEAR}}
<p class="list-summary"><a class="btn btn-secondary" href="/school/insurer/policies/import">批量上传保单</a> <span class="muted">Excel 保单清单 + PDF 压缩包</span></p>
{{#EXPORT}}<p class="list-summary"><a class="btn btn-secondary" href="{{URL}}">导出</a> <span class="muted">导出当前筛选结果（.xlsx）</span></p>{{/EXPORT}}
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="enrollments-caption">
<table class="data-table">
<caption id="enrollments-caption" class="visually-hidden">投保数据列表</caption>
<thead>
<tr><th scope="col">学校名称</th><th scope="col">区域</th><th scope="col">险种</th><th scope="col">参保人数</th><th scope="col">状态</th><th scope="col">提交时间</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#ENROLLMENT}}<tr><td>{{SCHOOL}}</td><td class="nowrap">{{REGION}}</td><td>{{PRODUCT}}</td><td class="num">{{COUNT}}</td><td><span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></td><td class="nowrap">{{SUBMITTED}}</td><td class="nowrap"><a href="{{ROSTER_URL}}">下载花名册</a> <a href="{{POLICY_URL}}">上传保单</a>{{#POLICY_FILE}} <a href="{{URL}}">下载保单</a>{{/POLICY_FILE}}</td></tr>
{{/ENROLLMENT}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">没有符合条件的投保数据。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
{{>EXPORT_FORM}}
