{{%AUTOESCAPE context="HTML"}}
{{!
  未决案件 / 理赔案件 of a department (also the admin's province-wide version). TITLE, PATH (the list's own
  path), FROM, TO; SCOPE (NAME) for an admin city view; CITY_FILTER (admin) with CITY_OPTION (CODE, NAME,
  SELECTED); COMPANY_OPTION (ID, NAME, SELECTED) and, in section COUNTY_FILTER, COUNTY_OPTION (CODE, NAME,
  SELECTED) repeated; COMPANY_ERROR /
  COUNTY_ERROR / DATE_ERROR (MESSAGE) with *_INVALID. COUNT, AVG_DAYS, PAID_TOTAL. Section PENDING
  or SETTLED with CLAIM repeated (URL, SCHOOL, COUNTY, DAYS, ACCIDENT_ON, COMPANY, INJURED_NAME,
  CAUSE, HANDLING, SETTLEMENT_NOTE, PAID, CLOSED_ON). EXPORT (URL); EMPTY; PAGER (pager.h).
}}
<h1 class="page-title">{{TITLE}}{{#SCOPE}} · {{NAME}}{{/SCOPE}}</h1>
<form class="filter-bar" method="get" action="{{PATH}}" role="search">
<div class="field{{#COMPANY_ERROR_INVALID}} has-error{{/COMPANY_ERROR_INVALID}}">
<label for="company">保险公司</label>
<select id="company" name="company"><option value="">全部</option>{{#COMPANY_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COMPANY_OPTION}}</select>
{{#COMPANY_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/COMPANY_ERROR}}
</div>
{{#CITY_FILTER}}<div class="field">
<label for="city">市</label>
<select id="city" name="city"><option value="">全省</option>{{#CITY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CITY_OPTION}}</select>
</div>{{/CITY_FILTER}}
{{#COUNTY_FILTER}}<div class="field{{#COUNTY_ERROR_INVALID}} has-error{{/COUNTY_ERROR_INVALID}}">
<label for="county">县区</label>
<select id="county" name="county"><option value="">全部</option>{{#COUNTY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COUNTY_OPTION}}</select>
{{#COUNTY_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/COUNTY_ERROR}}
</div>{{/COUNTY_FILTER}}
<div class="field{{#DATE_ERROR_INVALID}} has-error{{/DATE_ERROR_INVALID}}">
<label for="from">出险时间自</label>
<input id="from" name="from" type="date" value="{{FROM}}"{{#DATE_ERROR_INVALID}} aria-invalid="true" aria-describedby="date-error"{{/DATE_ERROR_INVALID}}>
</div>
<div class="field{{#DATE_ERROR_INVALID}} has-error{{/DATE_ERROR_INVALID}}">
<label for="to">至</label>
<input id="to" name="to" type="date" value="{{TO}}"{{#DATE_ERROR_INVALID}} aria-invalid="true" aria-describedby="date-error"{{/DATE_ERROR_INVALID}}>
{{#DATE_ERROR}}<p id="date-error" class="field-error">{{MESSAGE}}</p>{{/DATE_ERROR}}
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button> <a class="btn btn-secondary" href="{{PATH}}">重置</a></div>
</form>
{{#PENDING}}
<p class="claims-summary">共 <strong class="num">{{COUNT}}</strong> 件未结案，平均出险至今 <strong class="num">{{AVG_DAYS}}</strong> 天。</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="pending-caption">
<table class="data-table">
<caption id="pending-caption" class="visually-hidden">未决案件列表</caption>
<thead>
<tr><th scope="col">出险学校</th><th scope="col">县区</th><th scope="col">出险时间</th><th scope="col">保险公司</th><th scope="col">伤者姓名</th><th scope="col">事故原因</th><th scope="col">保险公司处理情况</th><th scope="col">理赔情况</th><th scope="col" class="col-num">出险至今（天）</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#CLAIM}}<tr><td>{{SCHOOL}}</td><td class="nowrap">{{COUNTY}}</td><td class="nowrap">{{ACCIDENT_ON}}</td><td class="nowrap">{{COMPANY}}</td><td class="nowrap">{{INJURED_NAME}}</td><td>{{CAUSE}}</td><td>{{HANDLING}}</td><td>{{SETTLEMENT_NOTE}}</td><td class="col-num">{{DAYS}}</td><td class="nowrap"><a href="{{URL}}">查看</a></td></tr>
{{/CLAIM}}</tbody>
</table>
</div>
{{/PENDING}}
{{#SETTLED}}
<p class="claims-summary">共 <strong class="num">{{COUNT}}</strong> 件已结案，赔偿合计 <strong class="num">{{PAID_TOTAL}}</strong> 元，平均结案用时 <strong class="num">{{AVG_DAYS}}</strong> 天。</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="settled-caption">
<table class="data-table">
<caption id="settled-caption" class="visually-hidden">理赔案件列表</caption>
<thead>
<tr><th scope="col">出险学校</th><th scope="col">县区</th><th scope="col">事故原因</th><th scope="col" class="col-num">赔偿金额（元）</th><th scope="col">出险时间</th><th scope="col">结案时间</th><th scope="col" class="col-num">结案用时（天）</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#CLAIM}}<tr><td>{{SCHOOL}}</td><td class="nowrap">{{COUNTY}}</td><td>{{CAUSE}}</td><td class="col-num">{{PAID}}</td><td class="nowrap">{{ACCIDENT_ON}}</td><td class="nowrap">{{CLOSED_ON}}</td><td class="col-num">{{DAYS}}</td><td class="nowrap"><a href="{{URL}}">查看</a></td></tr>
{{/CLAIM}}</tbody>
</table>
</div>
{{/SETTLED}}
{{#EMPTY}}<p class="empty">没有符合条件的案件。</p>{{/EMPTY}}
{{#EXPORT}}<p class="actions"><a class="btn btn-secondary" href="{{URL}}">导出 Excel</a></p>{{/EXPORT}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
