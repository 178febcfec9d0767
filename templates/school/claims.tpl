{{%AUTOESCAPE context="HTML"}}
{{!
  理赔信息 of a school (school/claims.cpp). Filters: YEAR_OPTION repeated (ID, LABEL, SELECTED);
  STATUS_pending / STATUS_settled. TOTAL (rows over every page). CLAIM repeated (ACCIDENT_ON, COMPANY,
  INJURED_NAME, CAUSE, HANDLING, SETTLEMENT_NOTE, PAID (yuan), CLOSED_ON; section SETTLED (PAID and CLOSED_ON
  shown) or PENDING). Sections EMPTY (no claim at all), EMPTY_FILTERED, PAGER (PAGE, PAGES, PREV > URL, NEXT > URL).
}}
<h1 class="page-title">理赔信息</h1>
<p class="breadcrumb">当前位置：首页 &gt; 理赔信息</p>
<form class="filter-bar" method="get" action="/school/s/claims" role="search">
<div class="field">
<label for="year">学年</label>
<select id="year" name="year">
<option value="">全部</option>
{{#YEAR_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/YEAR_OPTION}}</select>
</div>
<div class="field">
<label for="status">状态</label>
<select id="status" name="status">
<option value="">全部</option>
<option value="pending"{{#STATUS_pending}} selected{{/STATUS_pending}}>未结案</option>
<option value="settled"{{#STATUS_settled}} selected{{/STATUS_settled}}>已结案</option>
</select>
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button> <a class="btn btn-secondary" href="/school/s/claims">重置</a></div>
</form>
<p class="list-summary">共 <strong class="num">{{TOTAL}}</strong> 件理赔案件。</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="claims-caption">
<table class="data-table">
<caption id="claims-caption" class="visually-hidden">本校理赔案件</caption>
<thead>
<tr><th scope="col">出险时间</th><th scope="col">保险公司</th><th scope="col">伤者姓名</th><th scope="col">事故原因</th><th scope="col">保险公司处理情况</th><th scope="col">理赔情况</th><th scope="col">状态</th><th scope="col" class="col-num">赔偿金额（元）</th><th scope="col">结案时间</th></tr>
</thead>
<tbody>{{#CLAIM}}<tr><td class="nowrap">{{ACCIDENT_ON}}</td><td class="nowrap">{{COMPANY}}</td><td class="nowrap">{{INJURED_NAME}}</td><td>{{CAUSE}}</td><td>{{HANDLING}}</td><td>{{SETTLEMENT_NOTE}}</td><td>{{#PENDING}}<span class="badge badge-info">未结案</span>{{/PENDING}}{{#SETTLED}}<span class="badge badge-ok">已结案</span>{{/SETTLED}}</td><td class="col-num">{{#SETTLED}}{{PAID}}{{/SETTLED}}</td><td class="nowrap">{{#SETTLED}}{{CLOSED_ON}}{{/SETTLED}}</td></tr>
{{/CLAIM}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">本校暂无理赔案件。</p>{{/EMPTY}}
{{#EMPTY_FILTERED}}<p class="empty">没有符合条件的理赔案件。</p>{{/EMPTY_FILTERED}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
